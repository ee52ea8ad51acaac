package org.cairn.questionnaires;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import org.cairn.platform.PatientId;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The patient's latest submitted intake, by concept code, for the contributor map, the
 * pain profile and the care plan's default outcome. Answers are read against the version
 * of the intake the patient answered, so a reworded or reordered question never changes
 * what an old answer means. Callers have passed the access policy; the intake spans
 * several data categories, so callers that show answers must check each concept's
 * category themselves.
 */
@Service
public class IntakeAnswers {

	private final JdbcQuestionnaires jdbc;

	private final Definitions definitions;

	private final ObjectProvider<FhirContext> fhir;

	IntakeAnswers(JdbcQuestionnaires jdbc, Definitions definitions, ObjectProvider<FhirContext> fhir) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.fhir = fhir;
	}

	public Optional<Intake> latest(PatientId patient) {
		return Optional.ofNullable(latest(List.of(patient)).get(patient));
	}

	/**
	 * The latest intake of each patient, in one query; patients without one are absent.
	 */
	public Map<PatientId, Intake> latest(Collection<PatientId> patients) {
		Map<PatientId, Intake> intakes = new LinkedHashMap<>();
		for (JdbcQuestionnaires.StoredResponse response : jdbc.latestResponses(patients, Catalog.INTAKE)) {
			intakes.put(response.patient(), read(response));
		}
		return intakes;
	}

	private Intake read(JdbcQuestionnaires.StoredResponse stored) {
		Map<String, QuestionnaireItemComponent> items = definitions.version(stored.instrument(), stored.version())
			.map(Definitions.Versioned::items)
			.orElse(Map.of());
		QuestionnaireResponse response = fhir.getObject()
			.newJsonParser()
			.parseResource(QuestionnaireResponse.class, stored.json());
		Map<String, ConceptAnswer> answers = new LinkedHashMap<>();
		collect(response.getItem(), items, answers);
		return new Intake(stored.id(), stored.authored(), answers);
	}

	private static void collect(List<QuestionnaireResponseItemComponent> given,
			Map<String, QuestionnaireItemComponent> items, Map<String, ConceptAnswer> answers) {
		for (QuestionnaireResponseItemComponent item : given) {
			QuestionnaireItemComponent definition = items.get(item.getLinkId());
			String concept = definition == null ? null : ResponseReader.concept(definition);
			if (concept != null && item.hasAnswer()) {
				answers.put(concept, answer(item.getAnswer()));
			}
			collect(item.getItem(), items, answers);
			for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
				collect(answer.getItem(), items, answers);
			}
		}
	}

	private static ConceptAnswer answer(List<QuestionnaireResponseItemAnswerComponent> given) {
		List<Object> values = new ArrayList<>();
		for (QuestionnaireResponseItemAnswerComponent answer : given) {
			Type value = answer.getValue();
			if (value instanceof Coding coding && ResponseReader.declines(coding)) {
				return new ConceptAnswer(ConceptAnswer.State.DECLINED, List.of());
			}
			if (value instanceof BooleanType yes && yes.getValue() != null) {
				values.add(yes.booleanValue());
			}
			else if (value instanceof IntegerType integer && integer.getValue() != null) {
				values.add(integer.getValue());
			}
			else if (value instanceof Coding coding && coding.getCode() != null) {
				values.add(coding.getCode());
			}
			else if (value instanceof StringType text && text.getValue() != null && !text.getValue().isBlank()) {
				values.add(text.getValue());
			}
		}
		return values.isEmpty() ? ConceptAnswer.NOT_ANSWERED : new ConceptAnswer(ConceptAnswer.State.ANSWERED, values);
	}

}
