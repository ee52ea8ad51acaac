package org.cairn.homeprogram;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What the API and the pages send, read and checked field by field before anything else
 * happens, so that one answer names every field that needs attention.
 */
final class Inputs {

	static final int MAX_NOTE = 500;

	private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private Inputs() {
	}

	/** A prescription as asked for; the exercise is absent for a change. */
	record PrescriptionInput(@Nullable UUID exerciseId, String dose, Schedule schedule, @Nullable UUID interventionId) {
	}

	static PrescriptionInput prescription(boolean needsExercise, @Nullable String exerciseId, @Nullable String dose,
			@Nullable Collection<String> days, @Nullable Integer timesPerWeek, @Nullable String interventionId) {
		Map<String, String> errors = new LinkedHashMap<>();
		UUID exercise = null;
		if (needsExercise) {
			exercise = uuid(exerciseId);
			if (exercise == null) {
				errors.put("exerciseId", "Name an exercise of the library by its id.");
			}
		}
		String d = dose == null ? "" : dose.strip();
		if (d.isEmpty() || d.length() > Prescription.MAX_DOSE) {
			errors.put("dose", "Give a dose of at most 200 characters, such as \"10 breaths, twice a day\".");
		}
		Schedule schedule = null;
		try {
			schedule = Schedule.of(days, timesPerWeek);
		}
		catch (InvalidInputException ex) {
			errors.putAll(ex.fieldErrors());
		}
		UUID intervention = null;
		if (interventionId != null && !interventionId.isBlank()) {
			intervention = uuid(interventionId);
			if (intervention == null) {
				errors.put("interventionId", "Name an intervention of the care plan by its id, or leave it out.");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Some fields of the prescription need attention.", errors);
		}
		return new PrescriptionInput(exercise, d, schedule, intervention);
	}

	/** An exercise-log entry as sent. */
	record LogInput(String clientId, UUID prescriptionId, LocalDate date, int discomfort, @Nullable String note) {
	}

	static LogInput log(@Nullable String clientId, @Nullable String prescriptionId, @Nullable String date,
			@Nullable Integer discomfort, @Nullable String note) {
		Map<String, String> errors = new LinkedHashMap<>();
		String client = clientId == null ? "" : clientId.strip();
		if (!CLIENT_ID.matcher(client).matches()) {
			errors.put("clientId",
					"Send a client id of 1 to 100 letters, digits, dots, dashes, colons or underscores (a UUID is best).");
		}
		UUID prescription = uuid(prescriptionId);
		if (prescription == null) {
			errors.put("prescriptionId", "Name one of the patient's prescriptions by its id.");
		}
		LocalDate day = null;
		try {
			day = date == null ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			day = null;
		}
		if (day == null) {
			errors.put("date", "Give the day the exercise was done as YYYY-MM-DD.");
		}
		if (discomfort == null || discomfort < 0 || discomfort > 10) {
			errors.put("discomfort", "Give the discomfort as a whole number from 0 (none) to 10.");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			errors.put("note", "Keep the note to at most " + MAX_NOTE + " characters.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Some fields of the entry need attention.", errors);
		}
		return new LogInput(client, prescription, day, discomfort, text);
	}

	static String reason(@Nullable String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > Prescription.MAX_REASON) {
			throw InvalidInputException.field("reason",
					"Say why, in at most " + Prescription.MAX_REASON + " characters, so the team can follow.");
		}
		return text;
	}

	static @Nullable UUID uuid(@Nullable String text) {
		if (text == null || !UUID_TEXT.matcher(text.strip()).matches()) {
			return null;
		}
		return UUID.fromString(text.strip());
	}

}
