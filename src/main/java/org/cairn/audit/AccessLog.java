package org.cairn.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Practice;
import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who looked at or changed a patient's record: the patient's view of the trail. The
 * patient's own actions are left out; refused attempts are kept in, because the patient
 * should know of them.
 */
@Service
public class AccessLog {

	static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	AccessLog(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public record Entry(Instant at, String who, @Nullable String role, @Nullable String practice, String action,
			String what, boolean allowed) {
	}

	/**
	 * The newest entries first, at most {@value #LIMIT}. The caller has checked the actor
	 * owns the record.
	 */
	public List<Entry> of(PatientId patient, AccountId self) {
		record Row(Instant at, @Nullable UUID actor, @Nullable String role, String action, String what,
				String outcome) {
		}
		List<Row> rows = jdbc.sql("""
				select occurred_at, actor_id, actor_role, action, what, outcome
				from audit_event
				where patient_id = :patient and (actor_id is null or actor_id <> :self)
				order by occurred_at desc, seq desc
				fetch first :limit rows only
				""")
			.param("patient", patient.value())
			.param("self", self.value())
			.param("limit", LIMIT)
			.query((rs, n) -> new Row(Timestamps.instant(rs, "occurred_at"), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_role"), rs.getString("action"), rs.getString("what"), rs.getString("outcome")))
			.list();
		Set<AccountId> actorIds = rows.stream()
			.map(Row::actor)
			.filter(Objects::nonNull)
			.map(AccountId::new)
			.collect(Collectors.toSet());
		Map<AccountId, Account> who = accounts.findAll(actorIds);
		Map<PracticeId, Practice> practices = accounts.practices(
				who.values().stream().map(Account::practiceId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return rows.stream().map(row -> {
			Account account = row.actor() == null ? null : who.get(new AccountId(row.actor()));
			Practice practice = account == null || account.practiceId() == null ? null
					: practices.get(account.practiceId());
			return new Entry(row.at(), account == null ? "Cairn" : account.displayName(), row.role(),
					practice == null ? null : practice.name(), row.action(), row.what(),
					"ALLOWED".equals(row.outcome()));
		}).toList();
	}

}
