package org.cairn.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds FHIR QuestionnaireResponse JSON for tests, flat (no page groups), as a client
 * may send it. An Integer answers valueInteger, a Boolean valueBoolean, a String
 * valueString, a {@link Code} valueCoding, and a List several answers to a repeating
 * item.
 */
public final class ResponseJson {

	public record Code(String system, String code) {
	}

	public static final Code DECLINED = new Code("http://terminology.hl7.org/CodeSystem/data-absent-reason",
			"asked-declined");

	private ResponseJson() {
	}

	public static Code concept(String code) {
		return new Code("urn:cairn:concept", code);
	}

	/** Answers "1".."n" with the given values, in order. */
	public static Map<String, Object> numbered(int... values) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			answers.put(String.valueOf(i + 1), values[i]);
		}
		return answers;
	}

	public static String of(String instrument, Map<String, ?> answers) {
		return of(instrument, answers, null);
	}

	/**
	 * With {@code authored}, an ISO instant such as 2026-03-01T09:00:00Z, or null to
	 * leave it out.
	 */
	public static String of(String instrument, Map<String, ?> answers, String authored) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("resourceType", "QuestionnaireResponse");
		resource.put("questionnaire", "Questionnaire/" + instrument);
		resource.put("status", "completed");
		if (authored != null) {
			resource.put("authored", authored);
		}
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
			return Map.of("valueCoding", Map.of("system", c.system(), "code", c.code()));
		}
		return Map.of("valueString", value.toString());
	}

}
