package org.cairn.questionnaires;

import java.util.Map;
import java.util.Optional;

import org.cairn.consent.DataCategory;

/**
 * Which part of the record each shipped instrument belongs to (for the access policy) and
 * who answers it. Written in code, not read from the definition files, so that an edited
 * or imported file can never move mental-health answers into a category the patient
 * shares more widely.
 */
final class Catalog {

	static final String INTAKE = "cairn-intake";

	enum AnsweredBy {

		/** Self-reported: only the patient answers for themselves. */
		PATIENT,
		/**
		 * Clinician-rated (Marinoff): an active team member with the category rates it.
		 */
		CLINICIAN

	}

	record Entry(DataCategory category, AnsweredBy answeredBy) {
	}

	private static final Map<String, Entry> ENTRIES = Map.of("nrs-pain",
			new Entry(DataCategory.MEDICAL_HISTORY, AnsweredBy.PATIENT), "peg",
			new Entry(DataCategory.MEDICAL_HISTORY, AnsweredBy.PATIENT), "fsfi",
			new Entry(DataCategory.SEXUAL_FUNCTION, AnsweredBy.PATIENT), "phq9",
			new Entry(DataCategory.MENTAL_HEALTH, AnsweredBy.PATIENT), "gad7",
			new Entry(DataCategory.MENTAL_HEALTH, AnsweredBy.PATIENT), "pcl5",
			new Entry(DataCategory.MENTAL_HEALTH, AnsweredBy.PATIENT), "pfdi20",
			new Entry(DataCategory.BOWEL_BLADDER, AnsweredBy.PATIENT), "marinoff",
			new Entry(DataCategory.EXAM_FINDINGS, AnsweredBy.CLINICIAN), INTAKE,
			new Entry(DataCategory.MEDICAL_HISTORY, AnsweredBy.PATIENT));

	private Catalog() {
	}

	static Optional<Entry> find(String code) {
		return Optional.ofNullable(ENTRIES.get(code));
	}

	static boolean contains(String code) {
		return ENTRIES.containsKey(code);
	}

}
