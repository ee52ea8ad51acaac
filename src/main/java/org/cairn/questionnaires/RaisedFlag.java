package org.cairn.questionnaires;

import java.util.Objects;

/**
 * A red flag raised by an answer (CLINICAL.md section 4): PHQ-9 item 9 above 0
 * ({@code phq9-item9}, urgent), or an intake red-flag item answered yes (its concept
 * code, such as {@code bleeding-after-sex}). It names the kind of answer, never the
 * answer's value.
 */
public record RaisedFlag(String code, boolean urgent) {

	public RaisedFlag {
		Objects.requireNonNull(code, "code");
	}

}
