package org.cairn.questionnaires.scoring;

import java.util.Objects;

/**
 * A named range of an instrument's total, such as PHQ-9 {@code moderate}. A band suggests
 * an area to explore with the care team; it is never a diagnosis, and the description
 * says so in plain words.
 */
public record Band(String code, String description) {

	public Band {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(description, "description");
	}

}
