package org.cairn.questionnaires.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Something about a response that needs attention beyond its numbers. An {@code urgent}
 * flag is a red flag from CLINICAL.md section 4 (PHQ-9 item 9, thoughts of self-harm):
 * the patient sees the crisis message at once and the care team is alerted, whatever the
 * sharing settings and however much of the response is missing. {@code items} names the
 * answers that raised it.
 */
public record Flag(String code, boolean urgent, String reason, List<String> items) {

	public Flag {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(reason, "reason");
		items = List.copyOf(items);
	}

}
