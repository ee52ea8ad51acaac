package org.cairn.homeprogram;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.cairn.contributors.ContributorDomain;
import org.cairn.identity.Actor;
import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.platform.Timestamps;
import org.cairn.team.Discipline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Home-program SQL: practices' own exercises, prescription versions, the exercise log and
 * the insertion agreement. Reads for many patients take one query per thousand.
 */
@Repository
class JdbcHomeProgram {

	private static final int CHUNK = 1000;

	private static final String EXERCISES = """
			select id, practice_id, category, discipline, domains, title, purpose, steps, dose, cautions, stop_if
			from homeprogram_exercise
			""";

	private static final String PRESCRIPTIONS = """
			select p.id, p.series_id, p.patient_id, p.exercise_id, p.graded_insertion, p.intervention_id, p.dose,
			       p.days, p.times_per_week, p.starts_on, p.ends_on, p.prescribed_by, p.prescribed_at, p.ended_at,
			       p.end_kind, p.end_reason, a.display_name as prescriber, e.display_name as ender
			from homeprogram_prescription p
			join identity_account a on a.id = p.prescribed_by
			left join identity_account e on e.id = p.ended_by
			""";

	private static final String LOGS = """
			select id, patient_id, client_id, prescription_id, series_id, done_on, discomfort, note, recorded_at,
			       voided_at
			from homeprogram_log
			""";

	private final JdbcClient jdbc;

	JdbcHomeProgram(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- a practice's own exercises

	Exercise insertExercise(Exercise exercise, Actor author, Instant at) {
		jdbc.sql("""
				insert into homeprogram_exercise (id, practice_id, category, discipline, domains, title, purpose,
				    steps, dose, cautions, stop_if, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(exercise.id(), exercise.practice().value(), exercise.category().code(),
					exercise.discipline().code(), String.join(",", exercise.domainCodes()), exercise.title(),
					exercise.purpose(), String.join("\n", exercise.steps()), exercise.dose(), exercise.cautions(),
					exercise.stopIf(), author.id().value(), Timestamps.utc(at))
			.update();
		return exercise;
	}

	List<Exercise> exercises(Collection<UUID> ids) {
		List<UUID> all = List.copyOf(ids);
		List<Exercise> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(jdbc.sql(EXERCISES + "where id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query((rs, n) -> exercise(rs))
				.list());
		}
		return found;
	}

	List<Exercise> practiceExercises(PracticeId practice) {
		return jdbc.sql(EXERCISES + "where practice_id = ? order by title")
			.param(practice.value())
			.query((rs, n) -> exercise(rs))
			.list();
	}

	/** A practice's own exercises that appear in any prescription of this patient. */
	List<Exercise> prescribedPracticeExercises(PatientId patient) {
		return jdbc.sql(EXERCISES + """
				where id in (select exercise_id from homeprogram_prescription where patient_id = ?)
				order by title
				""").param(patient.value()).query((rs, n) -> exercise(rs)).list();
	}

	private static Exercise exercise(ResultSet rs) throws SQLException {
		Set<ContributorDomain> domains = EnumSet.noneOf(ContributorDomain.class);
		Arrays.stream(rs.getString("domains").split(","))
			.map(String::strip)
			.flatMap(code -> ContributorDomain.fromCode(code).stream())
			.forEach(domains::add);
		return new Exercise(rs.getObject("id", UUID.class), null,
				Category.fromCode(rs.getString("category")).orElseThrow(),
				Discipline.fromCode(rs.getString("discipline")).orElseThrow(), domains,
				new PracticeId(rs.getObject("practice_id", UUID.class)), rs.getString("title"), rs.getString("purpose"),
				List.of(rs.getString("steps").split("\n")), rs.getString("dose"), rs.getString("cautions"),
				rs.getString("stop_if"));
	}

	// --- prescriptions

	void insertPrescription(Prescription p) {
		jdbc.sql("""
				insert into homeprogram_prescription (id, series_id, patient_id, exercise_id, graded_insertion,
				    intervention_id, dose, days, times_per_week, starts_on, ends_on, prescribed_by, prescribed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(p.id(), p.series(), p.patient().value(), p.exerciseId(), p.gradedInsertion(), p.interventionId(),
					p.dose(), p.schedule().storedDays(), p.schedule().fixedDays() ? null : p.schedule().timesPerWeek(),
					p.startsOn(), p.endsOn(), p.prescribedBy().value(), Timestamps.utc(p.prescribedAt()))
			.update();
	}

	/**
	 * Ends a current version; false when it had already ended (a concurrent change or
	 * stop won).
	 */
	boolean endPrescription(UUID id, LocalDate endsOn, AccountId by, Instant at, String kind, String reason) {
		return jdbc.sql("""
				update homeprogram_prescription
				set ends_on = ?, ended_by = ?, ended_at = ?, end_kind = ?, end_reason = ?
				where id = ? and ends_on is null
				""").params(endsOn, by.value(), Timestamps.utc(at), kind, reason, id).update() == 1;
	}

	Optional<Prescription> prescription(PatientId patient, UUID id) {
		return jdbc.sql(PRESCRIPTIONS + "where p.patient_id = ? and p.id = ?")
			.params(patient.value(), id)
			.query((rs, n) -> prescription(rs))
			.optional();
	}

	/** Every version of every prescription, oldest first, per patient. */
	Map<PatientId, List<Prescription>> prescriptions(Collection<PatientId> patients) {
		return byPatient(patients,
				ids -> jdbc.sql(PRESCRIPTIONS + "where p.patient_id in (:ids) order by p.prescribed_at, p.id")
					.param("ids", ids)
					.query((rs, n) -> prescription(rs))
					.list(),
				Prescription::patient);
	}

	private static Prescription prescription(ResultSet rs) throws SQLException {
		Integer times = rs.getObject("times_per_week", Integer.class);
		LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
		return new Prescription(rs.getObject("id", UUID.class), rs.getObject("series_id", UUID.class),
				new PatientId(rs.getObject("patient_id", UUID.class)), rs.getObject("exercise_id", UUID.class),
				rs.getBoolean("graded_insertion"), rs.getObject("intervention_id", UUID.class), rs.getString("dose"),
				Schedule.stored(rs.getString("days"), times), rs.getObject("starts_on", LocalDate.class), endsOn,
				new AccountId(rs.getObject("prescribed_by", UUID.class)), rs.getString("prescriber"),
				Timestamps.instant(rs, "prescribed_at"), Timestamps.instant(rs, "ended_at"), rs.getString("ender"),
				rs.getString("end_kind"), rs.getString("end_reason"));
	}

	// --- the exercise log

	/**
	 * Stores an entry; a second entry with the same client id for the same patient is
	 * refused by the unique constraint ({@code DuplicateKeyException}).
	 */
	void insertLog(PatientId patient, ExerciseLog log) {
		jdbc.sql("""
				insert into homeprogram_log (id, patient_id, client_id, prescription_id, series_id, done_on,
				    discomfort, note, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(log.id(), patient.value(), log.clientId(), log.prescriptionId(), log.series(), log.date(),
					log.discomfort(), log.note(), Timestamps.utc(log.recordedAt()))
			.update();
	}

	Optional<ExerciseLog> logByClientId(PatientId patient, String clientId) {
		return jdbc.sql(LOGS + "where patient_id = ? and client_id = ?")
			.params(patient.value(), clientId)
			.query((rs, n) -> log(rs))
			.optional();
	}

	Optional<ExerciseLog> log(PatientId patient, UUID id) {
		return jdbc.sql(LOGS + "where patient_id = ? and id = ?")
			.params(patient.value(), id)
			.query((rs, n) -> log(rs))
			.optional();
	}

	/**
	 * Entries dated from {@code from} to {@code to} inclusive, voided ones too, oldest
	 * first.
	 */
	Map<PatientId, List<ExerciseLog>> logs(Collection<PatientId> patients, LocalDate from, LocalDate to) {
		Map<PatientId, List<ExerciseLog>> out = new LinkedHashMap<>();
		List<UUID> ids = patients.stream().map(PatientId::value).distinct().toList();
		for (int start = 0; start < ids.size(); start += CHUNK) {
			jdbc.sql(LOGS + """
					where patient_id in (:ids) and done_on between :from and :to
					order by done_on, recorded_at, id
					""")
				.param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
				.param("from", from)
				.param("to", to)
				.query((rs, n) -> Map.entry(new PatientId(rs.getObject("patient_id", UUID.class)), log(rs)))
				.list()
				.forEach(e -> out.computeIfAbsent(e.getKey(), p -> new ArrayList<>()).add(e.getValue()));
		}
		return out;
	}

	boolean voidLog(PatientId patient, UUID id, Instant at, String reason) {
		return jdbc.sql("""
				update homeprogram_log set voided_at = ?, void_reason = ?
				where patient_id = ? and id = ? and voided_at is null
				""").params(Timestamps.utc(at), reason, patient.value(), id).update() == 1;
	}

	private static ExerciseLog log(ResultSet rs) throws SQLException {
		return new ExerciseLog(rs.getObject("id", UUID.class), rs.getString("client_id"),
				rs.getObject("prescription_id", UUID.class), rs.getObject("series_id", UUID.class),
				rs.getObject("done_on", LocalDate.class), rs.getInt("discomfort"), rs.getString("note"),
				Timestamps.instant(rs, "recorded_at"), rs.getObject("voided_at") != null);
	}

	// --- agreement to graded insertion

	void insertAgreement(PatientId patient, boolean agreed, LocalDate on, Instant at, AccountId by) {
		jdbc.sql("""
				insert into homeprogram_insertion_agreement (patient_id, agreed, changed_on, changed_at, changed_by)
				values (?, ?, ?, ?, ?)
				""").params(patient.value(), agreed, on, Timestamps.utc(at), by.value()).update();
	}

	/** Each patient's changes, oldest first. */
	Map<PatientId, List<AdherenceRule.Agreement>> agreements(Collection<PatientId> patients) {
		return byPatientEntries(patients, ids -> jdbc.sql("""
				select patient_id, agreed, changed_on from homeprogram_insertion_agreement
				where patient_id in (:ids) order by seq
				""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(new PatientId(rs.getObject("patient_id", UUID.class)),
					new AdherenceRule.Agreement(rs.getObject("changed_on", LocalDate.class), rs.getBoolean("agreed"))))
			.list());
	}

	/** When the current agreement was last changed, and to what; empty if never asked. */
	Optional<Map.Entry<Boolean, Instant>> currentAgreement(PatientId patient) {
		return jdbc.sql("""
				select agreed, changed_at from homeprogram_insertion_agreement
				where patient_id = ? order by seq desc limit 1
				""")
			.param(patient.value())
			.query((rs, n) -> Map.entry(rs.getBoolean("agreed"), Timestamps.instant(rs, "changed_at")))
			.optional();
	}

	private static <T> Map<PatientId, List<T>> byPatient(Collection<PatientId> patients,
			Function<List<UUID>, List<T>> query, Function<T, PatientId> owner) {
		Map<PatientId, List<T>> out = new LinkedHashMap<>();
		List<UUID> ids = patients.stream().map(PatientId::value).distinct().toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			query.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.forEach(row -> out.computeIfAbsent(owner.apply(row), p -> new ArrayList<>()).add(row));
		}
		return out;
	}

	private static <T> Map<PatientId, List<T>> byPatientEntries(Collection<PatientId> patients,
			Function<List<UUID>, List<Map.Entry<PatientId, T>>> query) {
		Map<PatientId, List<T>> out = new LinkedHashMap<>();
		List<UUID> ids = patients.stream().map(PatientId::value).distinct().toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			query.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.forEach(e -> out.computeIfAbsent(e.getKey(), p -> new ArrayList<>()).add(e.getValue()));
		}
		return out;
	}

}
