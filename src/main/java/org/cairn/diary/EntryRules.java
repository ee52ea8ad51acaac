package org.cairn.diary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a diary entry must be, free of I/O: every problem named by its field, so the API
 * can answer one 422 listing them all and the page can mark each field. {@code today} is
 * the patient's own date, in the time zone of their profile.
 */
final class EntryRules {

	/**
	 * Letters, digits, dot, dash and underscore: a UUID fits, so does a device counter.
	 */
	private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1," + DiaryCodes.MAX_CLIENT_ID + "}");

	private EntryRules() {
	}

	static Map<String, String> problems(@Nullable String clientId, DiaryEntry entry, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		checkClientId(clientId, problems);
		checkDate(entry.date(), today, problems);
		entry.pain().forEach((activity, pain) -> {
			if (!DiaryCodes.ACTIVITIES.contains(activity)) {
				problems.put("pain." + activity,
						"There is no activity '" + activity + "'; use one of " + DiaryCodes.ACTIVITIES + ".");
			}
			else if (pain == null || pain < 0 || pain > 10) {
				problems.put("pain." + activity, "Pain is a whole number from 0 to 10.");
			}
		});
		if (entry.attempts().size() > DiaryCodes.MAX_ATTEMPTS) {
			problems.put("attempts", "At most " + DiaryCodes.MAX_ATTEMPTS + " attempts in one entry.");
		}
		for (int i = 0; i < entry.attempts().size(); i++) {
			checkAttempt("attempts[" + i + "].", entry.attempts().get(i), problems);
		}
		range("stress", entry.stress(), 0, 10, problems);
		range("sleep", entry.sleep(), 1, 5, problems);
		range("cycleDay", entry.cycleDay(), 1, DiaryCodes.MAX_CYCLE_DAY, problems);
		length("bowelNote", entry.bowelNote(), DiaryCodes.MAX_SHORT_NOTE, problems);
		length("bladderNote", entry.bladderNote(), DiaryCodes.MAX_SHORT_NOTE, problems);
		length("helped", entry.helped(), DiaryCodes.MAX_SHORT_NOTE, problems);
		length("note", entry.note(), DiaryCodes.MAX_NOTE, problems);
		for (String flag : entry.redFlags()) {
			if (!DiaryCodes.RED_FLAGS.contains(flag)) {
				problems.put("redFlags",
						"There is no safety question '" + flag + "'; use any of " + DiaryCodes.RED_FLAGS + ".");
			}
		}
		return problems;
	}

	static void checkClientId(@Nullable String clientId, Map<String, String> problems) {
		if (clientId == null || clientId.isBlank()) {
			problems.put("clientId", "Give the entry a clientId, chosen once on the device (a UUID is best).");
		}
		else if (!CLIENT_ID.matcher(clientId).matches()) {
			problems.put("clientId", "A clientId has 1 to " + DiaryCodes.MAX_CLIENT_ID
					+ " letters, digits, dots, dashes or underscores.");
		}
	}

	static void checkDate(LocalDate date, LocalDate today, Map<String, String> problems) {
		if (date.isAfter(today)) {
			problems.put("date", "The date " + date + " is in the future; today is " + today + ".");
		}
		else if (date.isBefore(today.minusDays(DiaryCodes.MAX_DAYS_BACK))) {
			problems.put("date", "The date " + date + " is more than " + DiaryCodes.MAX_DAYS_BACK + " days ago.");
		}
	}

	private static void checkAttempt(String prefix, DiaryEntry.Attempt attempt, Map<String, String> problems) {
		if (!DiaryCodes.ATTEMPT_TYPES.containsKey(attempt.type())) {
			problems.put(prefix + "type", "Say one of " + DiaryCodes.ATTEMPT_TYPES.keySet() + ".");
		}
		if ("dilator".equals(attempt.type())) {
			if (attempt.dilatorSize() == null) {
				problems.put(prefix + "dilatorSize",
						"Say which dilator size, 1 to " + DiaryCodes.MAX_DILATOR_SIZE + ".");
			}
			else {
				range(prefix + "dilatorSize", attempt.dilatorSize(), 1, DiaryCodes.MAX_DILATOR_SIZE, problems);
			}
		}
		else if (attempt.dilatorSize() != null) {
			problems.put(prefix + "dilatorSize", "A size goes with a dilator only.");
		}
		range(prefix + "pain", attempt.pain(), 0, 10, problems);
		if (attempt.location() != null && !DiaryCodes.LOCATIONS.contains(attempt.location())) {
			problems.put(prefix + "location", "Say one of " + DiaryCodes.LOCATIONS + ", or leave it out.");
		}
		range(prefix + "painAfterMinutes", attempt.painAfterMinutes(), 0, DiaryCodes.MAX_PAIN_AFTER_MINUTES, problems);
	}

	private static void range(String field, @Nullable Integer value, int min, int max, Map<String, String> problems) {
		if (value != null && (value < min || value > max)) {
			problems.put(field, "Give a whole number from " + min + " to " + max + ".");
		}
	}

	private static void length(String field, @Nullable String value, int max, Map<String, String> problems) {
		if (value != null && value.length() > max) {
			problems.put(field, "Keep this to at most " + max + " characters.");
		}
	}

}
