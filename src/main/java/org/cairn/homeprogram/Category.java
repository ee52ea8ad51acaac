package org.cairn.homeprogram;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of home exercise (CLINICAL.md section 7). Graded insertion is the one
 * category that needs the patient's own agreement before it can be prescribed.
 */
enum Category {

	BREATHING("breathing"), RELEASE("release"), COORDINATION_STRENGTH("coordination-strength"), MOVEMENT("movement"),
	REGULATION("regulation"), BOWEL_BLADDER("bowel-bladder"), SENSORY("sensory"), GRADED_INSERTION("graded-insertion"),
	SEX_THERAPY("sex-therapy"), PARTNER("partner");

	private final String code;

	Category(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

	boolean needsInsertionAgreement() {
		return this == GRADED_INSERTION;
	}

	static Optional<Category> fromCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
	}

}
