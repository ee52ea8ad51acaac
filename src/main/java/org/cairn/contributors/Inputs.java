package org.cairn.contributors;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairn.assessment.Finding;
import org.cairn.questionnaires.ConceptAnswer;
import org.cairn.questionnaires.Intake;
import org.jspecify.annotations.Nullable;

/**
 * Everything the rules read about one patient: the latest intake (null before the first),
 * the latest total of each scored instrument, and the current clinicians' findings.
 */
record Inputs(@Nullable Intake intake, Map<String, BigDecimal> scores, List<Finding> findings) {

	Inputs {
		scores = Map.copyOf(scores);
		findings = List.copyOf(findings);
	}

	static Inputs none() {
		return new Inputs(null, Map.of(), List.of());
	}

	ConceptAnswer answer(String concept) {
		return intake == null ? ConceptAnswer.NOT_ANSWERED : intake.get(concept);
	}

	Optional<BigDecimal> score(String instrument) {
		return Optional.ofNullable(scores.get(instrument));
	}

	List<Finding> findings(String code) {
		return findings.stream().filter(f -> f.code().equals(code)).toList();
	}

}
