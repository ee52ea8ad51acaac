package org.cairn.patients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.platform.Timestamps;
import org.cairn.questionnaires.Schedules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPatients {

	private static final String SELECT = """
			select id, legal_name, preferred_name, pronouns, email, date_of_birth, time_zone, language, account_id,
			       created_at
			from patients_patient
			""";

	private final JdbcClient jdbc;

	JdbcPatients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Patient patient, AccountId createdBy) {
		jdbc.sql("""
				insert into patients_patient (id, legal_name, preferred_name, pronouns, email, date_of_birth, time_zone,
				                              language, account_id, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(patient.id().value(), patient.legalName(), patient.preferredName(), patient.pronouns(),
					patient.email(), patient.dateOfBirth(), patient.timeZone().getId(),
					patient.language().toLanguageTag(), patient.account() == null ? null : patient.account().value(),
					createdBy.value(), Timestamps.utc(patient.createdAt()), Timestamps.utc(patient.createdAt()))
			.update();
	}

	Optional<Patient> find(PatientId id) {
		return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(JdbcPatients::patient).optional();
	}

	List<Patient> findAll(Collection<PatientId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where id in (:ids)")
			.param("ids", ids.stream().map(PatientId::value).toList())
			.query(JdbcPatients::patient)
			.list();
	}

	/**
	 * Start, time zone and schedule practice of each patient, in one query. The practice
	 * is that of the inviting clinician (the record's creator), read from identity's
	 * account table in the same statement so a caseload costs one query, not one per
	 * patient.
	 */
	List<Schedules.Enrolment> enrolments(Collection<PatientId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.id, p.created_at, p.time_zone, a.practice_id
				from patients_patient p left join identity_account a on a.id = p.created_by
				where p.id in (:ids)
				""").param("ids", ids.stream().map(PatientId::value).toList()).query((rs, n) -> {
			UUID practice = rs.getObject("practice_id", UUID.class);
			return new Schedules.Enrolment(new PatientId(rs.getObject("id", UUID.class)),
					Timestamps.instant(rs, "created_at"), ZoneId.of(rs.getString("time_zone")),
					practice == null ? null : new PracticeId(practice));
		}).list();
	}

	void updateProfile(PatientId id, Profile profile, Instant at) {
		jdbc.sql("""
				update patients_patient
				set preferred_name = ?, pronouns = ?, date_of_birth = ?, time_zone = ?, language = ?, updated_at = ?
				where id = ?
				""")
			.params(profile.preferredName(), profile.pronouns(), profile.dateOfBirth(), profile.timeZone().getId(),
					profile.language().toLanguageTag(), Timestamps.utc(at), id.value())
			.update();
	}

	void linkAccount(PatientId id, AccountId account) {
		jdbc.sql("update patients_patient set account_id = ? where id = ?")
			.params(account.value(), id.value())
			.update();
	}

	void insertInvitation(String tokenHash, PatientId patient, AccountId by, Instant at, Instant expires) {
		jdbc.sql("""
				insert into patients_invitation (token_hash, patient_id, created_by, created_at, expires_at)
				values (?, ?, ?, ?, ?)
				""")
			.params(tokenHash, patient.value(), by.value(), Timestamps.utc(at), Timestamps.utc(expires))
			.update();
	}

	Optional<InvitationRow> invitation(String tokenHash) {
		return jdbc.sql("select patient_id, expires_at, used_at from patients_invitation where token_hash = ?")
			.param(tokenHash)
			.query((rs, n) -> new InvitationRow(new PatientId(rs.getObject("patient_id", UUID.class)),
					Timestamps.instant(rs, "expires_at"), Timestamps.instant(rs, "used_at")))
			.optional();
	}

	/**
	 * Marks an invitation used; false when it was already used or has expired (first
	 * caller wins).
	 */
	boolean useInvitation(String tokenHash, Instant at) {
		return jdbc.sql("""
				update patients_invitation set used_at = ?
				where token_hash = ? and used_at is null and expires_at > ?
				""").params(Timestamps.utc(at), tokenHash, Timestamps.utc(at)).update() == 1;
	}

	record InvitationRow(PatientId patient, Instant expiresAt, @org.jspecify.annotations.Nullable Instant usedAt) {
	}

	private static Patient patient(ResultSet rs, int row) throws SQLException {
		UUID account = rs.getObject("account_id", UUID.class);
		return new Patient(new PatientId(rs.getObject("id", UUID.class)), rs.getString("legal_name"),
				rs.getString("preferred_name"), rs.getString("pronouns"), rs.getString("email"),
				rs.getObject("date_of_birth", LocalDate.class), ZoneId.of(rs.getString("time_zone")),
				Locale.forLanguageTag(rs.getString("language")), account == null ? null : new AccountId(account),
				Timestamps.instant(rs, "created_at"));
	}

}
