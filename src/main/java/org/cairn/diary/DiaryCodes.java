package org.cairn.diary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes a diary entry uses. Activities are the {@code pain-activities} codes of the
 * intake (CLINICAL.md 3b), so the diary and the intake speak of the same things; red
 * flags are the intake's red-flag concept codes (CLINICAL.md section 4) that can arise
 * from one day to the next.
 */
public final class DiaryCodes {

	public static final List<String> ACTIVITIES = List.of("penetration", "tampon", "pelvic-exam", "sitting", "exercise",
			"other");

	/**
	 * Attempt types and the activity each counts towards: a finger, a dilator or a
	 * partner is penetration; a tampon and a pelvic exam are their own activities.
	 */
	static final Map<String, String> ATTEMPT_TYPES;

	static {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("tampon", "tampon");
		types.put("finger", "penetration");
		types.put("dilator", "penetration");
		types.put("partner", "penetration");
		types.put("pelvic-exam", "pelvic-exam");
		ATTEMPT_TYPES = java.util.Collections.unmodifiableMap(types);
	}

	static final List<String> LOCATIONS = List.of("superficial", "deep", "both");

	/**
	 * The diary's optional safety questions. None is urgent by itself (the urgent flag,
	 * thoughts of self-harm, comes from the PHQ-9); each opens an alert that needs
	 * follow-up.
	 */
	public static final List<String> RED_FLAGS = List.of("bleeding-after-sex", "fever-pelvic-pain",
			"sudden-severe-pain", "urination-pain-fever", "blood-in-stool");

	/** The choices the page offers for how long pain lasted after an attempt. */
	static final List<Integer> PAIN_AFTER_CHOICES = List.of(0, 30, 120, 360, 1440);

	static final int MAX_PAIN_AFTER_MINUTES = 4320;

	static final int MAX_ATTEMPTS = 20;

	static final int MAX_DILATOR_SIZE = 10;

	static final int MAX_CYCLE_DAY = 60;

	static final int MAX_SHORT_NOTE = 500;

	static final int MAX_NOTE = 2000;

	static final int MAX_CLIENT_ID = 64;

	/** How far back an entry may be dated, in days. */
	static final int MAX_DAYS_BACK = 365;

	/** The longest range a list may ask for, in days, both ends included. */
	static final int MAX_RANGE_DAYS = 366;

	private DiaryCodes() {
	}

	static String activityOf(String attemptType) {
		String activity = ATTEMPT_TYPES.get(attemptType);
		if (activity == null) {
			throw new IllegalArgumentException("No attempt type " + attemptType);
		}
		return activity;
	}

}
