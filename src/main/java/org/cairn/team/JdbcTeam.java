package org.cairn.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Team SQL. Member lists join the identity tables for names in one query; the join is
 * read-only and keeps a team page to one round trip.
 */
@Repository
class JdbcTeam {

	private static final String MEMBER_SELECT = """
			select m.patient_id, m.clinician_id, a.display_name, c.discipline, p.name as practice, m.status,
			       m.invited_by, m.updated_at
			from team_member m
			join identity_account a on a.id = m.clinician_id
			join team_clinician c on c.account_id = m.clinician_id
			left join identity_practice p on p.id = a.practice_id
			""";

	private final JdbcClient jdbc;

	JdbcTeam(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TeamStatus> status(PatientId patient, AccountId clinician) {
		return jdbc.sql("select status from team_member where patient_id = ? and clinician_id = ?")
			.params(patient.value(), clinician.value())
			.query((rs, n) -> TeamStatus.valueOf(rs.getString(1)))
			.optional();
	}

	void insert(PatientId patient, AccountId clinician, TeamStatus status, @Nullable AccountId invitedBy, Instant at) {
		jdbc.sql("""
				insert into team_member (id, patient_id, clinician_id, status, invited_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), patient.value(), clinician.value(), status.name(),
					invitedBy == null ? null : invitedBy.value(), Timestamps.utc(at), Timestamps.utc(at))
			.update();
	}

	/**
	 * Moves a member from one status to another; false when the member was not in
	 * {@code from}.
	 */
	boolean transition(PatientId patient, AccountId clinician, TeamStatus to, Instant at, TeamStatus... from) {
		return jdbc.sql("""
				update team_member set status = :to, updated_at = :at
				where patient_id = :patient and clinician_id = :clinician and status in (:from)
				""")
			.param("to", to.name())
			.param("at", Timestamps.utc(at))
			.param("patient", patient.value())
			.param("clinician", clinician.value())
			.param("from", Arrays.stream(from).map(Enum::name).toList())
			.update() == 1;
	}

	void invitedBy(PatientId patient, AccountId clinician, AccountId invitedBy) {
		jdbc.sql("update team_member set invited_by = ? where patient_id = ? and clinician_id = ?")
			.params(invitedBy.value(), patient.value(), clinician.value())
			.update();
	}

	List<TeamMember> members(PatientId patient) {
		return jdbc.sql(MEMBER_SELECT + " where m.patient_id = ? order by m.created_at")
			.param(patient.value())
			.query(JdbcTeam::member)
			.list();
	}

	List<PatientId> activePatientsOf(AccountId clinician) {
		return jdbc.sql("select patient_id from team_member where clinician_id = ? and status = 'ACTIVE'")
			.param(clinician.value())
			.query((rs, n) -> new PatientId(rs.getObject(1, UUID.class)))
			.list();
	}

	void upsertProfile(ClinicianProfile profile) {
		int updated = jdbc.sql("""
				update team_clinician set discipline = ?, sexual_health_training = ?, external_only_care = ?,
				       telehealth = ?, accepting_new_patients = ?, languages = ?
				where account_id = ?
				""")
			.params(profile.discipline().code(), profile.sexualHealthTraining(), profile.externalOnlyCare(),
					profile.telehealth(), profile.acceptingNewPatients(), String.join(",", profile.languages()),
					profile.id().value())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into team_clinician (account_id, discipline, sexual_health_training, external_only_care,
					                            telehealth, accepting_new_patients, languages)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
				.params(profile.id().value(), profile.discipline().code(), profile.sexualHealthTraining(),
						profile.externalOnlyCare(), profile.telehealth(), profile.acceptingNewPatients(),
						String.join(",", profile.languages()))
				.update();
		}
	}

	Optional<ClinicianProfile> profile(AccountId clinician) {
		return jdbc.sql("select * from team_clinician where account_id = ?")
			.param(clinician.value())
			.query(JdbcTeam::profile)
			.optional();
	}

	List<DirectoryEntry> directory() {
		return jdbc.sql("""
				select c.*, a.display_name, p.name as practice
				from team_clinician c
				join identity_account a on a.id = c.account_id
				left join identity_practice p on p.id = a.practice_id
				where a.enabled = true
				order by a.display_name
				""")
			.query((rs, n) -> new DirectoryEntry(profile(rs, n), rs.getString("display_name"),
					rs.getString("practice")))
			.list();
	}

	private static TeamMember member(ResultSet rs, int row) throws SQLException {
		UUID invitedBy = rs.getObject("invited_by", UUID.class);
		return new TeamMember(new PatientId(rs.getObject("patient_id", UUID.class)),
				new AccountId(rs.getObject("clinician_id", UUID.class)), rs.getString("display_name"),
				Discipline.fromCode(rs.getString("discipline")).orElseThrow(), String.valueOf(rs.getString("practice")),
				TeamStatus.valueOf(rs.getString("status")), invitedBy == null ? null : new AccountId(invitedBy),
				Timestamps.instant(rs, "updated_at"));
	}

	private static ClinicianProfile profile(ResultSet rs, int row) throws SQLException {
		String languages = rs.getString("languages");
		return new ClinicianProfile(new AccountId(rs.getObject("account_id", UUID.class)),
				Discipline.fromCode(rs.getString("discipline")).orElseThrow(), rs.getBoolean("sexual_health_training"),
				rs.getBoolean("external_only_care"), rs.getBoolean("telehealth"),
				rs.getBoolean("accepting_new_patients"),
				languages.isBlank() ? List.of() : List.of(languages.split(",")));
	}

}
