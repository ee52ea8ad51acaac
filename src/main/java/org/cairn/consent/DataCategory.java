package org.cairn.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a sharing grant covers (CLINICAL.md section 2). {@link #CORE} is always visible to
 * every active team member; the three day-to-day categories are shared by default when a
 * clinician joins; the rest wait for the patient's decision, and trauma history is never
 * shared by default.
 */
public enum DataCategory {

	CORE("core", Default.ALWAYS), MEDICAL_HISTORY("medical-history", Default.ASK),
	SEXUAL_FUNCTION("sexual-function", Default.ASK), BOWEL_BLADDER("bowel-bladder", Default.ASK),
	TRAUMA_HISTORY("trauma-history", Default.ASK), MENTAL_HEALTH("mental-health", Default.ASK),
	DIARY("diary", Default.SHARED), HOME_PROGRAM("home-program", Default.SHARED),
	EXAM_FINDINGS("exam-findings", Default.ASK), CLINICAL_NOTES("clinical-notes", Default.ASK),
	CARE_PLAN("care-plan", Default.SHARED), MESSAGES("messages", Default.ASK);

	enum Default {

		/**
		 * Cannot be withdrawn from an active team member: the team could not work without
		 * it.
		 */
		ALWAYS,
		/** Shared when a clinician joins, until the patient says otherwise. */
		SHARED,
		/** Not shared until the patient decides. */
		ASK

	}

	private final String code;

	private final Default byDefault;

	DataCategory(String code, Default byDefault) {
		this.code = code;
		this.byDefault = byDefault;
	}

	public String code() {
		return code;
	}

	public boolean alwaysShared() {
		return byDefault == Default.ALWAYS;
	}

	/** Whether a team member sees this category when the patient has not decided. */
	public boolean sharedByDefault() {
		return byDefault != Default.ASK;
	}

	public static Optional<DataCategory> fromCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

}
