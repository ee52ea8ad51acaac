package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answer sets for worked examples: {@code numbered(4, 3, 0)} is item 1 = 4, item 2 = 3,
 * item 3 = 0.
 */
final class Answers {

	private Answers() {
	}

	static Map<String, Integer> numbered(int... values) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put(String.valueOf(i + 1), values[i]);
		}
		return answers;
	}

	static Map<String, Integer> without(Map<String, Integer> answers, String... items) {
		Map<String, Integer> copy = new LinkedHashMap<>(answers);
		for (String item : items) {
			copy.remove(item);
		}
		return copy;
	}

	static Map<String, Integer> with(Map<String, Integer> answers, String item, int value) {
		Map<String, Integer> copy = new LinkedHashMap<>(answers);
		copy.put(item, value);
		return copy;
	}

	static BigDecimal domain(Score score, String code) {
		DomainScore domain = score.domains().get(code);
		if (domain == null) {
			throw new AssertionError("no domain " + code + " in " + score.domains().keySet());
		}
		return domain.value();
	}

}
