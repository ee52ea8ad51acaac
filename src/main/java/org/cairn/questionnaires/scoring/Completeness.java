package org.cairn.questionnaires.scoring;

import java.util.List;

/**
 * Whether every item the instrument scores was answered, and if not which ones are
 * missing, in item order. An incomplete response can still carry domain scores and red
 * flags; see {@link Score}.
 */
public record Completeness(boolean complete, List<String> missing) {

	public Completeness {
		missing = List.copyOf(missing);
		if (complete && !missing.isEmpty()) {
			throw new IllegalArgumentException("a complete response has no missing items");
		}
	}

	/** {@code complete} or {@code incomplete}. */
	public String code() {
		return complete ? "complete" : "incomplete";
	}

}
