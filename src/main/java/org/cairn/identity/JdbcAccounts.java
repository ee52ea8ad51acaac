package org.cairn.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts {

	private static final String COLUMNS = """
			id, username, role, display_name, practice_id, patient_id, enabled, created_at
			""";

	private final JdbcClient jdbc;

	JdbcAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Account account, String passwordHash) {
		jdbc.sql("""
				insert into identity_account
				  (id, username, password_hash, role, display_name, practice_id, patient_id, enabled, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(account.id().value(), account.username(), passwordHash, account.role().name(),
					account.displayName(), account.practiceId() == null ? null : account.practiceId().value(),
					account.patientId() == null ? null : account.patientId().value(), account.enabled(),
					Timestamps.utc(account.createdAt()))
			.update();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from identity_account where username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Account> byId(AccountId id) {
		return jdbc.sql("select " + COLUMNS + " from identity_account where id = ?")
			.param(id.value())
			.query(JdbcAccounts::account)
			.optional();
	}

	List<Account> byIds(Collection<AccountId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from identity_account where id in (:ids)")
			.param("ids", ids.stream().map(AccountId::value).toList())
			.query(JdbcAccounts::account)
			.list();
	}

	Optional<AccountWithHash> byUsername(String username) {
		return jdbc.sql("select " + COLUMNS + ", password_hash from identity_account where username = ?")
			.param(username)
			.query((rs, n) -> new AccountWithHash(account(rs, n), rs.getString("password_hash")))
			.optional();
	}

	List<Account> inPractice(PracticeId practice) {
		return jdbc.sql("select " + COLUMNS + " from identity_account where practice_id = ? order by display_name")
			.param(practice.value())
			.query(JdbcAccounts::account)
			.list();
	}

	void updatePasswordHash(AccountId id, String hash) {
		jdbc.sql("update identity_account set password_hash = ? where id = ?").params(hash, id.value()).update();
	}

	void insertPractice(Practice practice, Instant createdAt) {
		jdbc.sql("insert into identity_practice (id, name, crisis_contact, created_at) values (?, ?, ?, ?)")
			.params(practice.id().value(), practice.name(), practice.crisisContact(), Timestamps.utc(createdAt))
			.update();
	}

	List<Practice> practices(Collection<PracticeId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, name, crisis_contact from identity_practice where id in (:ids)")
			.param("ids", ids.stream().map(PracticeId::value).toList())
			.query((rs, n) -> new Practice(new PracticeId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("crisis_contact")))
			.list();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		UUID practice = rs.getObject("practice_id", UUID.class);
		UUID patient = rs.getObject("patient_id", UUID.class);
		return new Account(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
				Role.valueOf(rs.getString("role")), rs.getString("display_name"),
				practice == null ? null : new PracticeId(practice), patient == null ? null : new PatientId(patient),
				rs.getBoolean("enabled"), Timestamps.instant(rs, "created_at"));
	}

	record AccountWithHash(Account account, @Nullable String passwordHash) {
	}

}
