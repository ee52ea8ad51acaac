package org.cairn.questionnaires;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Instrument definitions as FHIR Questionnaires, by code and version. Each stored version
 * is parsed once and kept: definitions never change in place (a new version is a new
 * row), so the cache needs no invalidation. Parsing waits for the first use, so start-up
 * does not build the FHIR context. The cached resources are shared between requests and
 * only read; HAPI getters may create an empty list on first call, which is harmless if
 * two requests race on it.
 */
@Service
class Definitions {

	private final JdbcQuestionnaires jdbc;

	private final ObjectProvider<FhirContext> fhir;

	private final Map<String, Questionnaire> parsed = new ConcurrentHashMap<>();

	Definitions(JdbcQuestionnaires jdbc, ObjectProvider<FhirContext> fhir) {
		this.jdbc = jdbc;
		this.fhir = fhir;
	}

	/** A parsed, versioned definition. */
	record Versioned(String code, int version, Questionnaire questionnaire) {

		String title() {
			return questionnaire.hasTitle() ? questionnaire.getTitle() : code;
		}

		/**
		 * Number of items a person answers: every item that is not a group or display
		 * text.
		 */
		int answerableItems() {
			return answerable(questionnaire.getItem()).size();
		}

		/** Answerable items by linkId, in order, from every page. */
		Map<String, QuestionnaireItemComponent> items() {
			Map<String, QuestionnaireItemComponent> items = new java.util.LinkedHashMap<>();
			answerable(questionnaire.getItem()).forEach(i -> items.put(i.getLinkId(), i));
			return items;
		}

		private static List<QuestionnaireItemComponent> answerable(List<QuestionnaireItemComponent> items) {
			List<QuestionnaireItemComponent> found = new java.util.ArrayList<>();
			for (QuestionnaireItemComponent item : items) {
				if (item.getType() != QuestionnaireItemType.GROUP && item.getType() != QuestionnaireItemType.DISPLAY) {
					found.add(item);
				}
				found.addAll(answerable(item.getItem()));
			}
			return found;
		}

	}

	Optional<Versioned> latest(String code) {
		return jdbc.latestVersion(code).flatMap(version -> version(code, version));
	}

	Optional<Versioned> version(String code, int version) {
		return jdbc.definition(code, version).map(this::parse);
	}

	List<Versioned> allLatest() {
		return jdbc.latestDefinitions().stream().map(this::parse).toList();
	}

	/** The stored JSON text of the newest version, as shipped or imported. */
	Optional<Definition> latestJson(String code) {
		return jdbc.latestVersion(code).flatMap(version -> jdbc.definition(code, version));
	}

	private Versioned parse(Definition definition) {
		Questionnaire questionnaire = parsed.computeIfAbsent(definition.code() + "|" + definition.version(),
				key -> fhir.getObject().newJsonParser().parseResource(Questionnaire.class, definition.json()));
		return new Versioned(definition.code(), definition.version(), questionnaire);
	}

}
