package org.cairn.questionnaires;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.cairn.questionnaires.scoring.Instrument;
import org.cairn.questionnaires.scoring.Instruments;
import org.cairn.questionnaires.scoring.ItemRange;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped definition files: each parses with HAPI (strictly: no element FHIR does not
 * define), names a catalogued instrument, and for the standardized instruments offers
 * exactly the scoring engine's items, in order, with options that score exactly each
 * item's published range.
 */
class DefinitionFilesTest {

	private static final FhirContext FHIR = FhirContext.forR4();

	private static final Map<String, Questionnaire> FILES = new java.util.LinkedHashMap<>();

	@BeforeAll
	static void parseEveryFile() throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:questionnaires/*.json")) {
			Definition definition = DefinitionSeeder.read(resource);
			Questionnaire questionnaire = FHIR.newJsonParser()
				.setParserErrorHandler(new StrictErrorHandler())
				.parseResource(Questionnaire.class, definition.json());
			assertThat(resource.getFilename()).isEqualTo(definition.code() + ".json");
			FILES.put(definition.code(), questionnaire);
		}
	}

	@Test
	void shipsEveryCataloguedInstrumentAsAParsableQuestionnaire() {
		assertThat(FILES).containsOnlyKeys("nrs-pain", "fsfi", "peg", "phq9", "gad7", "pcl5", "pfdi20", "marinoff",
				"cairn-intake");
		FILES.forEach((code, q) -> {
			assertThat(q.getIdElement().getIdPart()).isEqualTo(code);
			assertThat(q.getTitle()).as(code).isNotBlank();
			assertThat(q.getItem()).as(code + " is grouped into pages")
				.allMatch(i -> i.getType() == QuestionnaireItemType.GROUP);
		});
	}

	@Test
	void everyStandardizedInstrumentHasTheScoringEnginesItemsAndRanges() {
		for (Instrument instrument : Instruments.all()) {
			Questionnaire questionnaire = FILES.get(instrument.code());
			assertThat(questionnaire).as(instrument.code()).isNotNull();
			List<QuestionnaireItemComponent> items = answerable(questionnaire.getItem());
			assertThat(items.stream().map(QuestionnaireItemComponent::getLinkId).toList()).as(instrument.code())
				.containsExactlyElementsOf(instrument.items().keySet());
			for (QuestionnaireItemComponent item : items) {
				ItemRange range = instrument.items().get(item.getLinkId());
				Set<Integer> scores = item.getAnswerOption()
					.stream()
					.map(o -> ((IntegerType) o.getValue()).getValue())
					.collect(Collectors.toCollection(TreeSet::new));
				Set<Integer> expected = new TreeSet<>();
				for (int v = range.min(); v <= range.max(); v++) {
					expected.add(v);
				}
				assertThat(scores).as(instrument.code() + " item " + item.getLinkId()).isEqualTo(expected);
				assertThat(item.getAnswerOption())
					.allMatch(o -> o.getExtensionByUrl("urn:cairn:fhir:option-label") != null);
			}
		}
	}

	@Test
	void theIntakeCoversTheDataDictionaryWithConceptCodes() {
		List<QuestionnaireItemComponent> items = answerable(FILES.get("cairn-intake").getItem());
		Set<String> concepts = items.stream().map(ResponseReader::concept).collect(Collectors.toSet());
		assertThat(items)
			.allMatch(i -> ResponseReader.concept(i) != null && ResponseReader.concept(i).equals(i.getLinkId()));
		assertThat(concepts).containsAll(List.of("pain-activities", "pain-location", "pain-onset", "pain-quality",
				"pain-worst-nrs", "pain-after-hours", "pain-light-touch", "pain-other-regions", "pain-fluctuates",
				"sensitivity-conditions", "pelvic-tightness", "pain-sitting", "emptying-difficulty", "bladder-urgency",
				"bladder-frequency", "bladder-pain-filling", "dx-interstitial-cystitis", "recurrent-uti",
				"bowel-constipation", "bowel-straining", "bowel-pain", "dx-ibs", "dx-ibd", "given-birth",
				"months-since-birth", "breastfeeding", "perimenopause", "hormonal-contraception",
				"estrogen-lowering-medication", "vaginal-dryness", "dx-endometriosis", "suspected-endometriosis",
				"dx-vulvodynia", "vulvar-skin-condition", "recurrent-yeast", "period-pain", "birth-tear", "cesarean",
				"pain-since-birth", "hip-back-pain", "movement-pain", "breath-holding", "stress-level",
				"anticipate-pain", "avoid-intimacy", "bracing", "something-wrong-with-me", "trauma-opt-in",
				"trauma-shared", "has-partner", "partner-communication-difficulty", "relationship-strain",
				"sex-off-table", "goal-text", "priority-activity"));
		assertThat(concepts).containsAll(ResponseReader.INTAKE_RED_FLAGS);
	}

	@Test
	void offersPreferNotToSayOnEverySensitiveIntakeItem() {
		for (QuestionnaireItemComponent item : answerable(FILES.get("cairn-intake").getItem())) {
			boolean goal = item.getLinkId().equals("goal-text") || item.getLinkId().equals("priority-activity");
			assertThat(item.getExtensionByUrl(ResponseReader.PREFER_NOT_TO_SAY) != null).as(item.getLinkId())
				.isEqualTo(!goal);
		}
	}

	@Test
	void asksTraumaPostpartumAndPartnerItemsOnlyBehindTheirGates() {
		Map<String, QuestionnaireItemComponent> items = answerable(FILES.get("cairn-intake").getItem()).stream()
			.collect(Collectors.toMap(QuestionnaireItemComponent::getLinkId, i -> i));
		assertGated(items.get("trauma-shared"), "trauma-opt-in");
		for (String linkId : List.of("months-since-birth", "breastfeeding", "birth-tear", "cesarean",
				"pain-since-birth")) {
			assertGated(items.get(linkId), "given-birth");
		}
		for (String linkId : List.of("partner-communication-difficulty", "relationship-strain", "sex-off-table")) {
			assertGated(items.get(linkId), "has-partner");
		}
		assertThat(items.get("trauma-opt-in").getEnableWhen()).isEmpty();
		assertThat(items.get("goal-text").getRepeats()).isTrue();
	}

	private static void assertGated(QuestionnaireItemComponent item, String gate) {
		assertThat(item.getEnableWhen()).as(item.getLinkId()).singleElement().satisfies(condition -> {
			assertThat(condition.getQuestion()).isEqualTo(gate);
			assertThat(((BooleanType) condition.getAnswer()).booleanValue()).isTrue();
		});
	}

	private static List<QuestionnaireItemComponent> answerable(List<QuestionnaireItemComponent> items) {
		List<QuestionnaireItemComponent> found = new ArrayList<>();
		for (QuestionnaireItemComponent item : items) {
			if (item.getType() != QuestionnaireItemType.GROUP) {
				found.add(item);
			}
			found.addAll(answerable(item.getItem()));
		}
		return found;
	}

}
