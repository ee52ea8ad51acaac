package org.cairn.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR QuestionnaireResponse JSON for the demo record, flat, as a client sends it. An
 * Integer answers valueInteger, a Boolean valueBoolean, a {@link Code} valueCoding, any
 * other value valueString, and a List several answers to a repeating item.
 */
final class DemoResponses {

	record Code(String code) {
	}

	private DemoResponses() {
	}

	static Code code(String code) {
		return new Code(code);
	}

	/** Answers "1".."n" with the given values, in order. */
	static Map<String, Object> numbered(int... values) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put(String.valueOf(i + 1), values[i]);
		}
		return answers;
	}

	static String json(String instrument, Map<String, ?> answers, Instant authored) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("resourceType", "QuestionnaireResponse");
		resource.put("questionnaire", "Questionnaire/" + instrument);
		resource.put("status", "completed");
		resource.put("authored", authored.toString());
		List<Object> items = new ArrayList<>();
		answers.forEach((linkId, value) -> {
			List<Object> values = new ArrayList<>();
			for (Object v : value instanceof List<?> list ? list : List.of(value)) {
				values.add(answer(v));
			}
			items.add(Map.of("linkId", linkId, "answer", values));
		});
		resource.put("item", items);
		return JsonMapper.shared().writeValueAsString(resource);
	}

	private static Map<String, Object> answer(Object value) {
		if (value instanceof Integer i) {
			return Map.of("valueInteger", i);
		}
		if (value instanceof Boolean b) {
			return Map.of("valueBoolean", b);
		}
		if (value instanceof Code c) {
			return Map.of("valueCoding", Map.of("system", "urn:cairn:concept", "code", c.code()));
		}
		return Map.of("valueString", value.toString());
	}

}
