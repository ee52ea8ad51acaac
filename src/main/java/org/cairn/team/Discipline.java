package org.cairn.team;

import java.util.Arrays;
import java.util.Optional;

/** Clinical disciplines (CLINICAL.md section 1). */
public enum Discipline {

	GYNECOLOGY("gynecology"), UROLOGY("urology"), PELVIC_FLOOR_PT("pelvic-floor-pt"), SEX_THERAPY("sex-therapy"),
	MENTAL_HEALTH("mental-health"), GASTROENTEROLOGY("gastroenterology"), PAIN_MEDICINE("pain-medicine"),
	PRIMARY_CARE("primary-care");

	private final String code;

	Discipline(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<Discipline> fromCode(String code) {
		return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
	}

}
