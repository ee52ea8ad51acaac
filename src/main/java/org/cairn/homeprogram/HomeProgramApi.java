package org.cairn.homeprogram;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's home program as JSON: prescriptions (clinicians on the care team prescribe,
 * change and stop), the patient's exercise log, weekly adherence and the agreement to
 * graded insertion. Everything passes the access policy for {@code home-program}.
 */
@RestController
class HomeProgramApi {

	private final HomePrograms programs;

	private final Library library;

	private final JdbcHomeProgram jdbc;

	private final Adherence adherence;

	private final AccessPolicy policy;

	HomeProgramApi(HomePrograms programs, Library library, JdbcHomeProgram jdbc, Adherence adherence,
			AccessPolicy policy) {
		this.programs = programs;
		this.library = library;
		this.jdbc = jdbc;
		this.adherence = adherence;
		this.policy = policy;
	}

	@GetMapping("/api/v1/patients/{patientId}/home-program")
	List<Map<String, Object>> list(@PathVariable String patientId,
			@RequestParam(required = false) @Nullable String include, Actor actor, Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		boolean all = "all".equals(include);
		if (include != null && !all) {
			throw InvalidInputException.field("include", "Leave it out for current prescriptions, or say \"all\".");
		}
		List<Prescription> versions = jdbc.prescriptions(List.of(patient)).getOrDefault(patient, List.of());
		Map<UUID, Exercise> exercises = library
			.byIds(versions.stream().map(Prescription::exerciseId).distinct().toList(), locale);
		boolean agreed = programs.insertionAgreed(patient);
		return versions.stream()
			.filter(p -> all || p.current())
			.map(p -> json(p, exercises.get(p.exerciseId()), agreed))
			.toList();
	}

	record ScheduleBody(@Nullable List<String> days, @Nullable Integer timesPerWeek) {
	}

	record PrescriptionBody(@Nullable String exerciseId, @Nullable String dose, @Nullable ScheduleBody schedule,
			@Nullable String interventionId) {

		Inputs.PrescriptionInput input(boolean needsExercise) {
			ScheduleBody s = schedule == null ? new ScheduleBody(null, null) : schedule;
			return Inputs.prescription(needsExercise, exerciseId, dose, s.days(), s.timesPerWeek(), interventionId);
		}

	}

	@PostMapping("/api/v1/patients/{patientId}/home-program")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> prescribe(@PathVariable String patientId, @RequestBody PrescriptionBody body, Actor actor,
			Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		Inputs.PrescriptionInput input = body.input(true);
		readPlanFor(actor, patient, input);
		Prescription created = programs.prescribe(actor, patient, input, locale);
		return json(created, library.byIds(List.of(created.exerciseId()), locale).get(created.exerciseId()), true);
	}

	@PutMapping("/api/v1/patients/{patientId}/home-program/{prescriptionId}")
	Map<String, Object> change(@PathVariable String patientId, @PathVariable String prescriptionId,
			@RequestBody PrescriptionBody body, Actor actor, Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		UUID id = prescriptionId(prescriptionId);
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		Inputs.PrescriptionInput input = body.input(false);
		readPlanFor(actor, patient, input);
		Prescription next = programs.change(actor, patient, id, input);
		return json(next, library.byIds(List.of(next.exerciseId()), locale).get(next.exerciseId()), true);
	}

	record StopBody(@Nullable String reason) {
	}

	@PostMapping("/api/v1/patients/{patientId}/home-program/{prescriptionId}/stop")
	Map<String, Object> stop(@PathVariable String patientId, @PathVariable String prescriptionId,
			@RequestBody StopBody body, Actor actor, Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		UUID id = prescriptionId(prescriptionId);
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		Prescription stopped = programs.stop(actor, patient, id, Inputs.reason(body.reason()));
		return json(stopped, library.byIds(List.of(stopped.exerciseId()), locale).get(stopped.exerciseId()), true);
	}

	record LogBody(@Nullable String clientId, @Nullable String prescriptionId, @Nullable String date,
			@Nullable Integer discomfort, @Nullable String note) {
	}

	/**
	 * Idempotent on {@code clientId}: the first request answers 201, a replay of the same
	 * body 200 with the same id, the same client id with another body 409.
	 */
	@PostMapping("/api/v1/patients/{patientId}/exercise-logs")
	ResponseEntity<Map<String, Object>> log(@PathVariable String patientId, @RequestBody LogBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.WRITE, "home-program/log");
		Inputs.LogInput input = Inputs.log(body.clientId(), body.prescriptionId(), body.date(), body.discomfort(),
				body.note());
		HomePrograms.Logged logged = programs.log(patient, input);
		return ResponseEntity.status(logged.created() ? HttpStatus.CREATED : HttpStatus.OK).body(json(logged.log()));
	}

	@GetMapping("/api/v1/patients/{patientId}/exercise-logs")
	List<Map<String, Object>> logs(@PathVariable String patientId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.HOME_PROGRAM, "home-program/log");
		LocalDate today = programs.today(patient);
		LocalDate[] range = range(from, to, today.minusDays(27), today);
		return jdbc.logs(List.of(patient), range[0], range[1])
			.getOrDefault(patient, List.of())
			.stream()
			.filter(l -> !l.voided())
			.map(HomeProgramApi::json)
			.toList();
	}

	@GetMapping("/api/v1/patients/{patientId}/home-program/adherence")
	Map<String, Object> adherence(@PathVariable String patientId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.HOME_PROGRAM, "home-program/adherence");
		LocalDate today = programs.today(patient);
		LocalDate[] range = range(from, to, AdherenceRule.monday(today).minusWeeks(ProgramViews.WEEKS - 1), today);
		List<Map<String, Object>> weeks = adherence.weekly(List.of(patient), range[0], range[1])
			.getOrDefault(patient, List.of())
			.stream()
			.map(w -> {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("weekStart", w.weekStart().toString());
				json.put("done", w.done());
				json.put("due", w.due());
				json.put("ratio", w.ratio());
				return json;
			})
			.toList();
		return Map.of("weeks", weeks);
	}

	record AgreementBody(@Nullable Boolean agreed) {
	}

	/**
	 * The patient turns graded insertion exercises on or off; off pauses such
	 * prescriptions at once.
	 */
	@PutMapping("/api/v1/patients/{patientId}/home-program/insertion-agreement")
	Map<String, Object> agreement(@PathVariable String patientId, @RequestBody AgreementBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.WRITE, "home-program/insertion-agreement");
		if (body.agreed() == null) {
			throw InvalidInputException.field("agreed",
					"Say true to turn insertion exercises on, false to turn them off.");
		}
		programs.setInsertionAgreement(actor, patient, body.agreed());
		return Map.of("agreed", programs.insertionAgreed(patient));
	}

	private void readPlanFor(Actor actor, PatientId patient, Inputs.PrescriptionInput input) {
		// Naming an intervention reads the care plan: only with the patient's grant for
		// it.
		if (input.interventionId() != null) {
			policy.read(actor, patient, DataCategory.CARE_PLAN, "home-program/intervention");
		}
	}

	static UUID prescriptionId(String text) {
		UUID id = Inputs.uuid(text);
		if (id == null) {
			throw new NotFoundException("No prescription with this id in this home program.");
		}
		return id;
	}

	private static LocalDate[] range(@Nullable String from, @Nullable String to, LocalDate defaultFrom,
			LocalDate defaultTo) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate f = date(from, defaultFrom, "from", errors);
		LocalDate t = date(to, defaultTo, "to", errors);
		if (errors.isEmpty() && f.isAfter(t)) {
			errors.put("from", "The start must not be after the end.");
		}
		if (errors.isEmpty() && f.plusYears(2).isBefore(t)) {
			errors.put("from", "Ask for at most two years at a time.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The dates need attention.", errors);
		}
		return new LocalDate[] { f, t };
	}

	private static LocalDate date(@Nullable String text, LocalDate fallback, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Give the date as YYYY-MM-DD.");
			return fallback;
		}
	}

	static Map<String, Object> json(Prescription p, @Nullable Exercise exercise, boolean insertionAgreed) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", p.id().toString());
		json.put("exerciseId", p.exerciseId().toString());
		json.put("title", exercise == null ? null : exercise.title());
		json.put("category", exercise == null ? null : exercise.categoryCode());
		json.put("dose", p.dose());
		json.put("schedule", p.schedule().json());
		json.put("interventionId", p.interventionId() == null ? null : p.interventionId().toString());
		json.put("seriesId", p.series().toString());
		json.put("startsOn", p.startsOn().toString());
		json.put("endsOn", p.endsOn() == null ? null : p.endsOn().toString());
		json.put("status", p.current() ? (p.gradedInsertion() && !insertionAgreed ? "paused" : "active") : p.endKind());
		json.put("prescribedBy", p.prescriberName());
		json.put("endReason", p.endReason());
		return json;
	}

	static Map<String, Object> json(ExerciseLog log) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", log.id().toString());
		json.put("clientId", log.clientId());
		json.put("prescriptionId", log.prescriptionId().toString());
		json.put("date", log.date().toString());
		json.put("discomfort", log.discomfort());
		json.put("note", log.note());
		return json;
	}

}
