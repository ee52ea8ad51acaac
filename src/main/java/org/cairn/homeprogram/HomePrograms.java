package org.cairn.homeprogram;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cairn.careplan.CarePlanSummary;
import org.cairn.careplan.Intervention;
import org.cairn.identity.Actor;
import org.cairn.patients.Patient;
import org.cairn.patients.Patients;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prescribing, changing and stopping home exercises; the patient's log of what they did;
 * and the patient's agreement to graded insertion. Callers have passed the access policy
 * for {@code home-program}; the public methods are for the demo record.
 */
@Service
public class HomePrograms {

	/** How far back a patient may log an exercise they did. */
	static final int MAX_DAYS_BACK = 365;

	private final JdbcHomeProgram jdbc;

	private final Library library;

	private final Patients patients;

	private final CarePlanSummary plans;

	private final Clock clock;

	HomePrograms(JdbcHomeProgram jdbc, Library library, Patients patients, CarePlanSummary plans, Clock clock) {
		this.jdbc = jdbc;
		this.library = library;
		this.patients = patients;
		this.plans = plans;
		this.clock = clock;
	}

	/** Refused because the patient has not agreed to graded insertion exercises. */
	static class InsertionNotAgreed extends InvalidInputException {

		InsertionNotAgreed() {
			super("This is a graded insertion exercise. It can be prescribed only after the patient has agreed to "
					+ "insertion exercises on their Exercises page; they can turn this on or off at any time.",
					Map.of("exerciseId", "The patient has not agreed to graded insertion exercises."));
		}

	}

	ZoneId zone(PatientId patient) {
		return patients.find(patient)
			.map(Patient::timeZone)
			.orElseThrow(() -> new NotFoundException("No record with this id."));
	}

	/** Today's date in the patient's own time zone. */
	public LocalDate today(PatientId patient) {
		return LocalDate.ofInstant(clock.instant(), zone(patient));
	}

	// --- prescribing

	Prescription prescribe(Actor clinician, PatientId patient, Inputs.PrescriptionInput input, Locale locale) {
		return prescribe(clinician, patient, input, locale, clock.instant());
	}

	private Prescription prescribe(Actor clinician, PatientId patient, Inputs.PrescriptionInput input, Locale locale,
			Instant at) {
		UUID exerciseId = input.exerciseId();
		if (exerciseId == null) {
			throw InvalidInputException.field("exerciseId", "Name an exercise of the library by its id.");
		}
		Exercise exercise = library.prescribable(clinician, exerciseId, locale);
		checkInsertionAgreement(patient, exercise.needsInsertionAgreement());
		checkIntervention(patient, input.interventionId());
		UUID id = UUID.randomUUID();
		Prescription prescription = new Prescription(id, id, patient, exercise.id(), exercise.needsInsertionAgreement(),
				input.interventionId(), input.dose(), input.schedule(), LocalDate.ofInstant(at, zone(patient)), null,
				clinician.id(), clinician.displayName(), at, null, null, null, null);
		jdbc.insertPrescription(prescription);
		return prescription;
	}

	/**
	 * A new version of a current prescription, in force from today; the exercise stays
	 * the same (choose another exercise by stopping and prescribing).
	 */
	@Transactional
	Prescription change(Actor clinician, PatientId patient, UUID prescriptionId, Inputs.PrescriptionInput input) {
		Prescription old = current(patient, prescriptionId);
		checkInsertionAgreement(patient, old.gradedInsertion());
		checkIntervention(patient, input.interventionId());
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone(patient));
		if (!jdbc.endPrescription(old.id(), today, clinician.id(), now, "changed", "Changed")) {
			throw new ConflictException("This prescription was changed or stopped a moment ago. Reload and try again.");
		}
		Prescription next = new Prescription(UUID.randomUUID(), old.series(), patient, old.exerciseId(),
				old.gradedInsertion(), input.interventionId(), input.dose(), input.schedule(), today, null,
				clinician.id(), clinician.displayName(), now, null, null, null, null);
		jdbc.insertPrescription(next);
		return next;
	}

	/** Stops a prescription from today on; it stays in the record with the reason. */
	@Transactional
	Prescription stop(Actor clinician, PatientId patient, UUID prescriptionId, String reason) {
		Prescription old = current(patient, prescriptionId);
		Instant now = clock.instant();
		if (!jdbc.endPrescription(old.id(), LocalDate.ofInstant(now, zone(patient)), clinician.id(), now, "stopped",
				reason)) {
			throw new ConflictException("This prescription was changed or stopped a moment ago. Reload and try again.");
		}
		return jdbc.prescription(patient, prescriptionId).orElseThrow();
	}

	private Prescription current(PatientId patient, UUID prescriptionId) {
		Prescription found = jdbc.prescription(patient, prescriptionId)
			.orElseThrow(() -> new NotFoundException("No prescription with this id in this home program."));
		if (!found.current()) {
			throw new ConflictException(
					"This prescription has already been " + found.endKind() + "; change the current version instead.");
		}
		return found;
	}

	private void checkInsertionAgreement(PatientId patient, boolean needed) {
		if (needed && !insertionAgreed(patient)) {
			throw new InsertionNotAgreed();
		}
	}

	private void checkIntervention(PatientId patient, @Nullable UUID interventionId) {
		if (interventionId == null) {
			return;
		}
		Optional<Intervention> intervention = plans.intervention(patient, interventionId);
		if (intervention.isEmpty() || !intervention.get().active()) {
			throw InvalidInputException.field("interventionId",
					"No active intervention with this id in the patient's care plan.");
		}
	}

	// --- the patient's log

	/** A stored entry, and whether this request stored it (false for a replay). */
	record Logged(ExerciseLog log, boolean created) {
	}

	/**
	 * Stores "done, and how it felt" once per client id. A replay with the same body
	 * answers the stored entry, whatever has changed since (the prescription stopped, a
	 * day passed); the same client id with another body is a conflict. Concurrent replays
	 * meet at the unique constraint, never at a check before the insert.
	 */
	Logged log(PatientId patient, Inputs.LogInput input) {
		Optional<Logged> replay = replay(patient, input);
		if (replay.isPresent()) {
			return replay.get();
		}
		LocalDate today = today(patient);
		if (input.date().isAfter(today)) {
			throw InvalidInputException.field("date", "The day cannot be in the future.");
		}
		if (input.date().isBefore(today.minusDays(MAX_DAYS_BACK))) {
			throw InvalidInputException.field("date", "The day can be at most " + MAX_DAYS_BACK + " days ago.");
		}
		Prescription prescription = jdbc.prescription(patient, input.prescriptionId())
			.orElseThrow(() -> InvalidInputException.field("prescriptionId",
					"No prescription with this id in this home program."));
		List<Prescription> series = jdbc.prescriptions(List.of(patient))
			.getOrDefault(patient, List.of())
			.stream()
			.filter(p -> p.series().equals(prescription.series()))
			.toList();
		if (series.stream().noneMatch(p -> p.inForceOn(input.date()))) {
			throw InvalidInputException.field("date", "This exercise was not part of the home program on that day.");
		}
		if (prescription.gradedInsertion() && !insertionAgreed(patient)) {
			throw InvalidInputException.field("prescriptionId",
					"Insertion exercises are paused because they are turned off. Turn them on again first.");
		}
		ExerciseLog log = new ExerciseLog(UUID.randomUUID(), input.clientId(), prescription.id(), prescription.series(),
				input.date(), input.discomfort(), input.note(), clock.instant(), false);
		try {
			jdbc.insertLog(patient, log);
			return new Logged(log, true);
		}
		catch (DuplicateKeyException ex) {
			// A concurrent replay stored it first.
			return replay(patient, input).orElseThrow(() -> ex);
		}
	}

	private Optional<Logged> replay(PatientId patient, Inputs.LogInput input) {
		return jdbc.logByClientId(patient, input.clientId()).map(stored -> {
			if (!stored.sameAs(input.prescriptionId(), input.date(), input.discomfort(), input.note())) {
				throw new ConflictException(
						"An entry with this clientId was already stored with different details; use a new clientId.");
			}
			return new Logged(stored, false);
		});
	}

	/** The patient takes back an entry ("undo"): voided, never deleted. */
	void undo(PatientId patient, UUID logId) {
		if (!jdbc.voidLog(patient, logId, clock.instant(), "undone by the patient")) {
			throw new NotFoundException("No entry with this id to undo.");
		}
	}

	// --- agreement to graded insertion

	boolean insertionAgreed(PatientId patient) {
		return jdbc.currentAgreement(patient).map(Map.Entry::getKey).orElse(false);
	}

	Optional<Map.Entry<Boolean, Instant>> insertionAgreement(PatientId patient) {
		return jdbc.currentAgreement(patient);
	}

	/**
	 * The patient turns graded insertion exercises on or off. Off pauses every such
	 * prescription at once: they leave the checklist, are not due, and cannot be logged
	 * or prescribed until the patient turns them on again.
	 */
	void setInsertionAgreement(Actor patient, PatientId record, boolean agreed) {
		Instant now = clock.instant();
		jdbc.insertAgreement(record, agreed, LocalDate.ofInstant(now, zone(record)), now, patient.id());
	}

	// --- for the demo record

	/**
	 * A library exercise prescribed as of a past moment, as the demo record needs; the
	 * same checks as a prescription made today.
	 * @return the prescription's id
	 */
	public UUID prescribeFromLibrary(Actor clinician, PatientId patient, String exerciseCode, String dose,
			Schedule schedule, Instant at) {
		Library.Entry entry = Library.entry(exerciseCode)
			.orElseThrow(() -> new IllegalArgumentException("No library exercise " + exerciseCode));
		return prescribe(clinician, patient, new Inputs.PrescriptionInput(entry.id(), dose, schedule, null),
				Locale.ROOT, at)
			.id();
	}

	/** The patient's agreement to graded insertion, given at a past moment. */
	public void agreeToInsertion(Actor patient, PatientId record, Instant at) {
		jdbc.insertAgreement(record, true, LocalDate.ofInstant(at, zone(record)), at, patient.id());
	}

	/** "Done" on a past day, with the same checks as the patient's own entry. */
	public void logDone(PatientId patient, UUID prescriptionId, LocalDate date, int discomfort, @Nullable String note) {
		log(patient, new Inputs.LogInput(UUID.randomUUID().toString(), prescriptionId, date, discomfort, note));
	}

}
