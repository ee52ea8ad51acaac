package org.cairn.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Examination preferences and visit consent: the SQL. */
@Repository
class JdbcExams {

	private static final String PREFERENCES = """
			select version, internal_single_digit, speculum, support_person, chaperone, position, clothing,
			       stop_signal, observers_allowed, coping_plan, recorded_at
			from consent_exam_preferences
			""";

	private static final String VISITS = """
			select encounter_id, patient_id, clinician_id, opened_at, open_until from consent_exam_visit
			""";

	private static final String EVENTS = """
			select e.encounter_id, e.kind, e.exam_procedure, e.actor_id, e.by_patient, e.note, e.occurred_at,
			       a.display_name
			from consent_exam_event e join identity_account a on a.id = e.actor_id
			""";

	private final JdbcClient jdbc;

	JdbcExams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertPreferences(PatientId patient, ExamPreferences p, AccountId by) {
		jdbc.sql("""
				insert into consent_exam_preferences (id, patient_id, version, internal_single_digit, speculum,
				    support_person, chaperone, position, clothing, stop_signal, observers_allowed, coping_plan,
				    recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), patient.value(), p.version(), p.accepts(ExamProcedure.INTERNAL_SINGLE_DIGIT),
					p.accepts(ExamProcedure.SPECULUM), p.supportPerson(), p.chaperone(), p.position(), p.clothing(),
					p.stopSignal(), p.observersAllowed(), p.copingPlan(), by.value(), Timestamps.utc(p.recordedAt()))
			.update();
	}

	Optional<ExamPreferences> latestPreferences(PatientId patient) {
		return jdbc.sql(PREFERENCES + "where patient_id = ? order by version desc limit 1")
			.param(patient.value())
			.query((rs, n) -> preferences(rs))
			.optional();
	}

	/** Every version, newest first. */
	List<ExamPreferences> preferencesHistory(PatientId patient) {
		return jdbc.sql(PREFERENCES + "where patient_id = ? order by version desc")
			.param(patient.value())
			.query((rs, n) -> preferences(rs))
			.list();
	}

	void insertVisit(EncounterId encounter, PatientId patient, AccountId clinician, Instant openedAt,
			Instant openUntil) {
		jdbc.sql("""
				insert into consent_exam_visit (encounter_id, patient_id, clinician_id, opened_at, open_until)
				values (?, ?, ?, ?, ?)
				""")
			.params(encounter.value(), patient.value(), clinician.value(), Timestamps.utc(openedAt),
					Timestamps.utc(openUntil))
			.update();
	}

	/**
	 * Locks the visit's row until the transaction ends, so that a decision and the
	 * charting that depends on it are never interleaved.
	 */
	boolean lock(EncounterId encounter) {
		return !jdbc.sql("select encounter_id from consent_exam_visit where encounter_id = ? for update")
			.param(encounter.value())
			.query((rs, n) -> rs.getObject(1))
			.list()
			.isEmpty();
	}

	/** Ends the time in which consent can be given, when a visit is voided. */
	void close(EncounterId encounter, Instant at) {
		jdbc.sql("update consent_exam_visit set open_until = ? where encounter_id = ? and open_until > ?")
			.params(Timestamps.utc(at), encounter.value(), Timestamps.utc(at))
			.update();
	}

	Optional<VisitConsent> visit(EncounterId encounter) {
		return Optional.ofNullable(visits(List.of(encounter)).get(encounter));
	}

	/** Visits with their events, in two queries per thousand visits. */
	Map<EncounterId, VisitConsent> visits(Collection<EncounterId> encounters) {
		List<UUID> ids = encounters.stream().map(EncounterId::value).distinct().toList();
		Map<EncounterId, VisitConsent> found = new LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			collect(jdbc.sql(VISITS + "where encounter_id in (:ids)").param("ids", chunk), chunk, found);
		}
		return found;
	}

	/** The patient's visits still open at {@code now}, oldest first. */
	List<VisitConsent> openVisits(PatientId patient, Instant now) {
		List<UUID> ids = jdbc.sql("select encounter_id from consent_exam_visit where patient_id = ? and open_until > ?")
			.params(patient.value(), Timestamps.utc(now))
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
		return visits(ids.stream().map(EncounterId::new).toList()).values()
			.stream()
			.sorted(java.util.Comparator.comparing(VisitConsent::openedAt))
			.toList();
	}

	int nextSeq(EncounterId encounter) {
		return jdbc.sql("select coalesce(max(seq), 0) + 1 from consent_exam_event where encounter_id = ?")
			.param(encounter.value())
			.query(Integer.class)
			.single();
	}

	void insertEvent(EncounterId encounter, int seq, ExamEvent event) {
		jdbc.sql("""
				insert into consent_exam_event (id, encounter_id, seq, kind, exam_procedure, actor_id, by_patient,
				    note, occurred_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), encounter.value(), seq, event.kind().code(),
					event.procedure() == null ? null : event.procedure().code(), event.actor().value(),
					event.byPatient(), event.note(), Timestamps.utc(event.at()))
			.update();
	}

	private void collect(JdbcClient.StatementSpec visitQuery, List<UUID> chunk, Map<EncounterId, VisitConsent> found) {
		record Row(EncounterId id, PatientId patient, AccountId clinician, Instant openedAt, Instant openUntil) {
		}
		List<Row> rows = visitQuery
			.query((rs, n) -> new Row(new EncounterId(rs.getObject("encounter_id", UUID.class)),
					new PatientId(rs.getObject("patient_id", UUID.class)),
					new AccountId(rs.getObject("clinician_id", UUID.class)), Timestamps.instant(rs, "opened_at"),
					Timestamps.instant(rs, "open_until")))
			.list();
		Map<EncounterId, List<ExamEvent>> events = new LinkedHashMap<>();
		jdbc.sql(EVENTS + "where e.encounter_id in (:ids) order by e.encounter_id, e.seq")
			.param("ids", chunk)
			.query((rs, n) -> Map.entry(new EncounterId(rs.getObject("encounter_id", UUID.class)), event(rs)))
			.list()
			.forEach(e -> events.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		for (Row row : rows) {
			found.put(row.id(), new VisitConsent(row.id(), row.patient(), row.clinician(), row.openedAt(),
					row.openUntil(), events.getOrDefault(row.id(), List.of())));
		}
	}

	private static ExamEvent event(ResultSet rs) throws SQLException {
		String procedure = rs.getString("exam_procedure");
		return new ExamEvent(ExamEvent.Kind.fromCode(rs.getString("kind")),
				procedure == null ? null : ExamProcedure.fromCode(procedure).orElseThrow(),
				new AccountId(rs.getObject("actor_id", UUID.class)), rs.getString("display_name"),
				rs.getBoolean("by_patient"), rs.getString("note"), Timestamps.instant(rs, "occurred_at"));
	}

	private static ExamPreferences preferences(ResultSet rs) throws SQLException {
		Set<ExamProcedure> acceptable = EnumSet.of(ExamProcedure.EXTERNAL);
		if (rs.getBoolean("internal_single_digit")) {
			acceptable.add(ExamProcedure.INTERNAL_SINGLE_DIGIT);
		}
		if (rs.getBoolean("speculum")) {
			acceptable.add(ExamProcedure.SPECULUM);
		}
		return new ExamPreferences(rs.getInt("version"), acceptable, rs.getString("support_person"),
				rs.getBoolean("chaperone"), rs.getString("position"), rs.getString("clothing"),
				rs.getString("stop_signal"), rs.getBoolean("observers_allowed"), rs.getString("coping_plan"),
				Timestamps.instant(rs, "recorded_at"));
	}

}
