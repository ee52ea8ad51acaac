package org.cairn.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.cairn.consent.RecordAccessed;
import org.cairn.platform.Timestamps;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the trail, synchronously: if the row cannot be written, the access it
 * records fails too. One chain per patient, so writes about different patients never wait
 * on each other; within a chain the head row is locked, which orders concurrent appends.
 */
@Component
class AuditTrail {

	private final JdbcClient jdbc;

	private final TransactionTemplate joinOrStart;

	private final TransactionTemplate separate;

	AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.joinOrStart = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(RecordAccessed event) {
		// An allowed write commits or rolls back with the change it records. A refusal
		// must survive
		// the rollback that usually follows it.
		boolean refusedInsideTransaction = !event.allowed()
				&& TransactionSynchronizationManager.isActualTransactionActive();
		(refusedInsideTransaction ? separate : joinOrStart).executeWithoutResult(status -> append(event));
	}

	private void append(RecordAccessed event) {
		String chain = event.patient().toString();
		jdbc.sql("insert into audit_chain (chain_key, last_seq, last_hash) values (?, 0, ?) on conflict do nothing")
			.params(chain, AuditEntry.GENESIS)
			.update();
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain where chain_key = ? for update")
			.param(chain)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		UUID id = UUID.randomUUID();
		long seq = head.seq() + 1;
		// Stored with microseconds, so hash what the database will give back.
		Instant at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
		UUID actor = event.actor() == null ? null : event.actor().value();
		String outcome = event.allowed() ? "ALLOWED" : "DENIED";
		String what = event.what().length() > 80 ? event.what().substring(0, 80) : event.what();
		String hash = AuditEntry.hashOf(id, chain, seq, at, actor, event.actorRole(), event.patient().value(),
				event.action().name(), what, outcome, head.hash());
		jdbc.sql("""
				insert into audit_event (id, chain_key, seq, occurred_at, actor_id, actor_role, patient_id, action,
				                         what, outcome, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, chain, seq, Timestamps.utc(at), actor, event.actorRole(), event.patient().value(),
					event.action().name(), what, outcome, head.hash(), hash)
			.update();
		jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where chain_key = ?")
			.params(seq, hash, chain)
			.update();
	}

	private record Head(long seq, String hash) {
	}

}
