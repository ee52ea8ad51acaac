package org.cairn.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of pelvic examination a patient's preferences and consent speak of
 * (CLINICAL.md section 8). An external examination is always acceptable and needs no
 * recorded consent for the visit (it is asked for in the room, as any touch is); each
 * internal kind is off unless the patient gives consent at that visit.
 */
public enum ExamProcedure {

	EXTERNAL("external", false), INTERNAL_SINGLE_DIGIT("internal-single-digit", true), SPECULUM("speculum", true);

	private final String code;

	private final boolean internal;

	ExamProcedure(String code, boolean internal) {
		this.code = code;
		this.internal = internal;
	}

	public String code() {
		return code;
	}

	/** Internal examinations need the patient's consent at each visit. */
	public boolean internal() {
		return internal;
	}

	public static Optional<ExamProcedure> fromCode(String code) {
		return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
	}

}
