package org.cairn.questionnaires;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A submitted intake, answers keyed by concept code (CLINICAL.md 3b). Health data across
 * several categories: the caller decides, concept by concept, what a reader may see.
 */
public record Intake(UUID responseId, Instant authored, Map<String, ConceptAnswer> answers) {

	public Intake {
		answers = Map.copyOf(answers);
	}

	/** The answer to a concept; {@link ConceptAnswer#NOT_ANSWERED} when it is absent. */
	public ConceptAnswer get(String concept) {
		return answers.getOrDefault(concept, ConceptAnswer.NOT_ANSWERED);
	}

}
