package org.cairn.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cairn.consent.EncounterId;
import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessment SQL: encounters, charted findings and notes. */
@Repository
class JdbcAssessment {

	private static final String ENCOUNTERS = """
			select e.id, e.patient_id, e.clinician_id, e.visit_type, e.opened_at, e.visit_date,
			       e.voided_at, e.voided_by, e.void_reason, a.display_name, v.display_name as voided_name
			from assessment_encounter e
			join identity_account a on a.id = e.clinician_id
			left join identity_account v on v.id = e.voided_by
			""";

	private static final String FINDINGS = """
			select f.id, f.encounter_id, f.patient_id, f.item, f.route, f.result, f.scale_value, f.points, f.detail,
			       f.recorded_by, f.recorded_at, f.voided_at, f.voided_by, f.void_reason, v.display_name as voided_name
			from assessment_finding f
			left join identity_account v on v.id = f.voided_by
			""";

	private static final String NOTES = """
			select n.id, n.patient_id, n.author_id, n.kind, n.subjective, n.objective, n.assessment, n.plan,
			       n.written_at, n.voided_at, n.voided_by, n.void_reason, a.display_name,
			       v.display_name as voided_name
			from assessment_note n
			join identity_account a on a.id = n.author_id
			left join identity_account v on v.id = n.voided_by
			""";

	private final JdbcClient jdbc;

	JdbcAssessment(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertEncounter(EncounterId id, PatientId patient, AccountId clinician, Encounter.VisitType type,
			Instant openedAt, LocalDate visitDate) {
		jdbc.sql("""
				insert into assessment_encounter (id, patient_id, clinician_id, visit_type, opened_at, visit_date)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(id.value(), patient.value(), clinician.value(), type.code(), Timestamps.utc(openedAt), visitDate)
			.update();
	}

	Optional<Encounter> encounter(PatientId patient, EncounterId id) {
		return jdbc.sql(ENCOUNTERS + "where e.id = ? and e.patient_id = ?")
			.params(id.value(), patient.value())
			.query((rs, n) -> encounter(rs))
			.optional();
	}

	/** The patient's encounters, newest first. */
	List<Encounter> encounters(PatientId patient) {
		return jdbc.sql(ENCOUNTERS + "where e.patient_id = ? order by e.opened_at desc, e.id")
			.param(patient.value())
			.query((rs, n) -> encounter(rs))
			.list();
	}

	boolean voidEncounter(EncounterId id, AccountId by, Instant at, String reason) {
		return jdbc.sql("""
				update assessment_encounter set voided_at = ?, voided_by = ?, void_reason = ?
				where id = ? and voided_at is null
				""").params(Timestamps.utc(at), by.value(), reason, id.value()).update() == 1;
	}

	void insertFinding(UUID id, EncounterId encounter, PatientId patient, ExamEntry entry, AccountId by, Instant at) {
		jdbc.sql("""
				insert into assessment_finding (id, encounter_id, patient_id, item, route, result, scale_value, points,
				    detail, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, encounter.value(), patient.value(), entry.item().code(), entry.route().code(), entry.result(),
					entry.value(),
					entry.item().kind() == ExamItem.Kind.POINTS
							? String.join(",", entry.points().stream().map(String::valueOf).toList()) : null,
					entry.detail(), by.value(), Timestamps.utc(at))
			.update();
	}

	/** Every finding of the patient's encounters, voided ones included, oldest first. */
	List<ChartedFinding> findings(PatientId patient) {
		return jdbc.sql(FINDINGS + "where f.patient_id = ? order by f.recorded_at, f.id")
			.param(patient.value())
			.query((rs, n) -> finding(rs))
			.list();
	}

	Optional<ChartedFinding> finding(PatientId patient, UUID id) {
		return jdbc.sql(FINDINGS + "where f.id = ? and f.patient_id = ?")
			.params(id, patient.value())
			.query((rs, n) -> finding(rs))
			.optional();
	}

	boolean voidFinding(UUID id, AccountId by, Instant at, String reason) {
		return jdbc.sql("""
				update assessment_finding set voided_at = ?, voided_by = ?, void_reason = ?
				where id = ? and voided_at is null
				""").params(Timestamps.utc(at), by.value(), reason, id).update() == 1;
	}

	/**
	 * The findings that count for several patients: not voided, in encounters not voided;
	 * one query per thousand patients.
	 */
	Map<PatientId, List<ExamForm.Charted>> standingFindings(Collection<PatientId> patients) {
		Map<PatientId, List<ExamForm.Charted>> found = new LinkedHashMap<>();
		List<UUID> ids = patients.stream().map(PatientId::value).distinct().toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql(FINDINGS + """
					join assessment_encounter e on e.id = f.encounter_id
					where f.patient_id in (:ids) and f.voided_at is null and e.voided_at is null
					order by f.recorded_at, f.id
					""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, n) -> Map.entry(new PatientId(rs.getObject("patient_id", UUID.class)), finding(rs)))
				.list()
				.forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
					.add(new ExamForm.Charted(e.getValue().entry(), e.getValue().recordedAt())));
		}
		return found;
	}

	void insertNote(Note note) {
		jdbc.sql("""
				insert into assessment_note (id, patient_id, author_id, kind, subjective, objective, assessment, plan,
				    written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(note.id(), note.patient().value(), note.author().value(), note.kind().code(),
					note.soap().subjective(), note.soap().objective(), note.soap().assessment(), note.soap().plan(),
					Timestamps.utc(note.writtenAt()))
			.update();
	}

	/**
	 * Notes of the given shared kinds, plus the reader's own process notes when asked;
	 * newest first. Another author's process note is never selected.
	 */
	List<Note> notes(PatientId patient, Set<NoteKind> sharedKinds, @Nullable AccountId processAuthor) {
		List<String> kinds = sharedKinds.stream().filter(k -> k != NoteKind.PROCESS).map(NoteKind::code).toList();
		StringBuilder where = new StringBuilder("where n.patient_id = :patient and (");
		where.append(kinds.isEmpty() ? "1 = 0" : "n.kind in (:kinds)");
		if (processAuthor != null) {
			where.append(" or (n.kind = 'process' and n.author_id = :author)");
		}
		where.append(") order by n.written_at desc, n.id");
		var spec = jdbc.sql(NOTES + where).param("patient", patient.value());
		if (!kinds.isEmpty()) {
			spec = spec.param("kinds", kinds);
		}
		if (processAuthor != null) {
			spec = spec.param("author", processAuthor.value());
		}
		return spec.query((rs, n) -> note(rs)).list();
	}

	Optional<Note> note(PatientId patient, UUID id) {
		return jdbc.sql(NOTES + "where n.id = ? and n.patient_id = ?")
			.params(id, patient.value())
			.query((rs, n) -> note(rs))
			.optional();
	}

	boolean voidNote(UUID id, AccountId by, Instant at, String reason) {
		return jdbc.sql("""
				update assessment_note set voided_at = ?, voided_by = ?, void_reason = ?
				where id = ? and voided_at is null
				""").params(Timestamps.utc(at), by.value(), reason, id).update() == 1;
	}

	private static Encounter encounter(ResultSet rs) throws SQLException {
		return new Encounter(new EncounterId(rs.getObject("id", UUID.class)),
				new PatientId(rs.getObject("patient_id", UUID.class)),
				new AccountId(rs.getObject("clinician_id", UUID.class)), rs.getString("display_name"),
				Encounter.VisitType.fromCode(rs.getString("visit_type")).orElseThrow(),
				Timestamps.instant(rs, "opened_at"), rs.getObject("visit_date", LocalDate.class), voided(rs));
	}

	private static ChartedFinding finding(ResultSet rs) throws SQLException {
		ExamItem item = ExamItem.fromCode(rs.getString("item")).orElseThrow();
		String points = rs.getString("points");
		Integer value = rs.getObject("scale_value") == null ? null : rs.getInt("scale_value");
		ExamEntry entry = new ExamEntry(item, Route.fromCode(rs.getString("route")).orElseThrow(),
				rs.getString("result"), value, points == null || points.isEmpty() ? List.of()
						: Arrays.stream(points.split(",")).map(Integer::valueOf).toList(),
				rs.getString("detail"));
		return new ChartedFinding(rs.getObject("id", UUID.class),
				new EncounterId(rs.getObject("encounter_id", UUID.class)), entry,
				new AccountId(rs.getObject("recorded_by", UUID.class)), Timestamps.instant(rs, "recorded_at"),
				voided(rs));
	}

	private static Note note(ResultSet rs) throws SQLException {
		return new Note(rs.getObject("id", UUID.class), new PatientId(rs.getObject("patient_id", UUID.class)),
				new AccountId(rs.getObject("author_id", UUID.class)), rs.getString("display_name"),
				NoteKind.fromCode(rs.getString("kind")).orElseThrow(), new Note.Soap(rs.getString("subjective"),
						rs.getString("objective"), rs.getString("assessment"), rs.getString("plan")),
				Timestamps.instant(rs, "written_at"), voided(rs));
	}

	private static @Nullable Voided voided(ResultSet rs) throws SQLException {
		Instant at = Timestamps.instant(rs, "voided_at");
		if (at == null) {
			return null;
		}
		return new Voided(new AccountId(rs.getObject("voided_by", UUID.class)), rs.getString("voided_name"), at,
				rs.getString("void_reason"));
	}

}
