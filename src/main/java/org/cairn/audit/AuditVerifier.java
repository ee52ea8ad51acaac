package org.cairn.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks every chain and recomputes it. Reports the first row whose hash, link or sequence
 * does not hold, and chains whose head says rows are missing at the end.
 */
@Component
class AuditVerifier {

	private final JdbcClient jdbc;

	AuditVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Result(long rowsChecked, int chainsChecked, @Nullable String problem) {

		boolean intact() {
			return problem == null;
		}

	}

	Result verify() {
		Map<String, Head> heads = new HashMap<>();
		jdbc.sql("select chain_key, last_seq, last_hash from audit_chain").query(rs -> {
			heads.put(rs.getString(1), new Head(rs.getLong(2), rs.getString(3)));
		});
		Walk walk = new Walk();
		jdbc.sql("""
				select id, chain_key, seq, occurred_at, actor_id, actor_role, patient_id, action, what, outcome,
				       prev_hash, hash
				from audit_event order by chain_key, seq
				""").query(rs -> {
			if (walk.problem != null) {
				return;
			}
			walk.accept(new AuditEntry(rs.getObject("id", UUID.class), rs.getString("chain_key"), rs.getLong("seq"),
					Timestamps.instant(rs, "occurred_at"), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_role"), rs.getObject("patient_id", UUID.class), rs.getString("action"),
					rs.getString("what"), rs.getString("outcome"), rs.getString("prev_hash"), rs.getString("hash")),
					heads);
		});
		if (walk.problem == null) {
			walk.finishChain(heads);
		}
		if (walk.problem == null) {
			for (var head : heads.entrySet()) {
				if (head.getValue().seq() > 0 && !walk.seenChains.containsKey(head.getKey())) {
					walk.problem = "chain " + head.getKey() + " has lost all of its " + head.getValue().seq() + " rows";
					break;
				}
			}
		}
		return new Result(walk.rows, walk.seenChains.size(), walk.problem);
	}

	private static final class Walk {

		long rows;

		@Nullable String problem;

		@Nullable String chain;

		long seq;

		String hash = AuditEntry.GENESIS;

		final Map<String, Boolean> seenChains = new HashMap<>();

		void accept(AuditEntry row, Map<String, Head> heads) {
			if (!row.chainKey().equals(chain)) {
				finishChain(heads);
				if (problem != null) {
					return;
				}
				chain = row.chainKey();
				seenChains.put(chain, true);
				seq = 0;
				hash = AuditEntry.GENESIS;
			}
			rows++;
			if (row.seq() != seq + 1) {
				problem = "row " + row.id() + " (chain " + chain + ", seq " + row.seq() + ") follows seq " + seq
						+ ": rows are missing before it";
			}
			else if (!row.prevHash().equals(hash)) {
				problem = "row " + row.id() + " (chain " + chain + ", seq " + row.seq()
						+ ") does not link to the row before it";
			}
			else if (!row.recomputedHash().equals(row.hash())) {
				problem = "row " + row.id() + " (chain " + chain + ", seq " + row.seq()
						+ ") was changed after it was written";
			}
			seq = row.seq();
			hash = row.hash();
		}

		void finishChain(Map<String, Head> heads) {
			if (chain == null) {
				return;
			}
			Head head = heads.get(chain);
			if (head == null || head.seq() != seq || !head.hash().equals(hash)) {
				problem = "chain " + chain + " ends at seq " + seq + " but its head expects seq "
						+ (head == null ? "none" : head.seq()) + ": rows are missing at the end";
			}
		}

	}

	private record Head(long seq, String hash) {
	}

}
