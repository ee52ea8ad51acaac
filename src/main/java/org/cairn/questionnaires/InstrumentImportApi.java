package org.cairn.questionnaires;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cairn.identity.Actor;
import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/instruments}: a practice admin imports a licensed questionnaire
 * with its scoring rule. Body {@code {"questionnaire": {FHIR Questionnaire}, "category":
 * "mental-health", "scoring": {rule}}} (the rule as in {@link ImportedRule}); 201 with
 * the code and version; 422 problem+json naming what is wrong, with nothing stored.
 */
@RestController
class InstrumentImportApi {

	private final InstrumentImport imports;

	private final JsonMapper json;

	InstrumentImportApi(InstrumentImport imports, JsonMapper json) {
		this.imports = imports;
		this.json = json;
	}

	@PostMapping(path = "/api/v1/instruments", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> importInstrument(@RequestBody(required = false) @Nullable String body,
			Actor actor) {
		// Role first: someone who may not import learns nothing about what is wrong with
		// the body.
		InstrumentImport.requireAdmin(actor);
		JsonNode request = read(body);
		JsonNode questionnaire = request.path("questionnaire");
		String questionnaireText = questionnaire.isString() ? questionnaire.asString()
				: questionnaire.isObject() ? json.writeValueAsString(questionnaire) : "";
		InstrumentImport.Imported imported = imports.importDefinition(actor, questionnaireText,
				request.path("category").asString(""), request.path("scoring"));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("code", imported.code());
		answer.put("version", imported.version());
		answer.put("title", imported.title());
		answer.put("items", imported.items());
		return ResponseEntity.created(URI.create("/api/v1/instruments/" + imported.code())).body(answer);
	}

	private JsonNode read(@Nullable String body) {
		if (body == null || body.isBlank()) {
			throw InvalidInputException.field("body",
					"Send {\"questionnaire\": {…}, \"category\": \"…\", \"scoring\": {…}} as JSON.");
		}
		JsonNode node;
		try {
			node = json.readTree(body);
		}
		catch (RuntimeException malformed) {
			throw InvalidInputException.field("body", "The body is not valid JSON.");
		}
		if (node == null || !node.isObject()) {
			throw InvalidInputException.field("body",
					"Send an object with questionnaire, category and scoring, not " + kind(node) + ".");
		}
		if (!node.path("questionnaire").isObject() && !node.path("questionnaire").isString()) {
			throw InvalidInputException.field("questionnaire", "Give the FHIR Questionnaire as a JSON object.");
		}
		return node;
	}

	private static String kind(@Nullable JsonNode node) {
		return node == null || node.isNull() ? "null" : node.isArray() ? "a list" : "a single value";
	}

}
