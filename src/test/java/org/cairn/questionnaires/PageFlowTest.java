package org.cairn.questionnaires;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of the intake's path: which page comes next and which items it asks.
 */
class PageFlowTest {

	private static PageFlow intake;

	@BeforeAll
	static void readTheIntake() throws IOException {
		try (InputStream in = PageFlowTest.class.getResourceAsStream("/questionnaires/cairn-intake.json")) {
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			intake = new PageFlow(FhirContext.forR4().newJsonParser().parseResource(Questionnaire.class, json));
		}
	}

	private static PageFlow.Answers answers(Object... pairs) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], List.of(((String) pairs[i + 1]).split(",")));
		}
		return new PageFlow.Answers(values);
	}

	private static int page(String linkId) {
		return intake.indexOf(linkId);
	}

	private static List<String> enabled(String page, PageFlow.Answers answers) {
		return intake.enabledItems(page(page), answers).stream().map(i -> i.getLinkId()).toList();
	}

	@Test
	void walksTheTwelvePagesInOrderForSomeoneWhoHasGivenBirth() {
		PageFlow.Answers answers = answers("given-birth", "true");
		assertThat(intake.pageCount()).isEqualTo(12);
		assertThat(intake.first(answers)).isEqualTo(page("page-1"));
		assertThat(intake.next(page("page-4"), answers)).hasValue(page("page-5"));
		assertThat(intake.previous(page("page-6"), answers)).hasValue(page("page-5"));
		assertThat(intake.shownPages(answers)).isEqualTo(12);
		assertThat(intake.isLast(page("page-12"), answers)).isTrue();
	}

	@Test
	void skipsThePostpartumPageForSomeoneWhoHasNotGivenBirthOrWouldRatherNotSay() {
		for (PageFlow.Answers answers : List.of(answers("given-birth", "false"), answers("given-birth", "declined"),
				PageFlow.Answers.none())) {
			assertThat(intake.next(page("page-4"), answers)).hasValue(page("page-6"));
			assertThat(intake.previous(page("page-6"), answers)).hasValue(page("page-4"));
			assertThat(intake.shownPages(answers)).isEqualTo(11);
			assertThat(intake.position(page("page-6"), answers)).isEqualTo(5);
			assertThat(enabled("page-4", answers)).doesNotContain("months-since-birth", "breastfeeding");
		}
	}

	@Test
	void asksAboutPastExperiencesOnlyAfterAnExplicitYes() {
		assertThat(enabled("page-9", PageFlow.Answers.none())).containsExactly("trauma-opt-in");
		assertThat(enabled("page-9", answers("trauma-opt-in", "false"))).containsExactly("trauma-opt-in");
		assertThat(enabled("page-9", answers("trauma-opt-in", "declined"))).containsExactly("trauma-opt-in");
		assertThat(enabled("page-9", answers("trauma-opt-in", "true"))).containsExactly("trauma-opt-in",
				"trauma-shared");
	}

	@Test
	void neverSkipsTheRedFlagQuestionsWhateverTheOtherAnswers() {
		List<String> redFlags = List.copyOf(ResponseReader.INTAKE_RED_FLAGS);
		for (PageFlow.Answers answers : List.of(PageFlow.Answers.none(),
				answers("given-birth", "false", "trauma-opt-in", "false", "has-partner", "false"),
				answers("given-birth", "declined", "trauma-opt-in", "declined", "has-partner", "declined"),
				answers("given-birth", "true", "trauma-opt-in", "true", "has-partner", "true"))) {
			List<String> asked = new java.util.ArrayList<>();
			for (int page = intake.first(answers); page >= 0; page = intake.next(page, answers).orElse(-1)) {
				intake.enabledItems(page, answers).forEach(item -> asked.add(item.getLinkId()));
			}
			assertThat(asked).containsAll(redFlags);
		}
	}

	@Test
	void dropsAnswersWhoseGateClosedAgain() {
		PageFlow.Answers answers = answers("given-birth", "false", "cesarean", "true", "months-since-birth", "8",
				"has-partner", "true", "sex-off-table", "true");
		assertThat(intake.prune(answers).values()).containsOnlyKeys("given-birth", "has-partner", "sex-off-table");
	}

	@Test
	void readsAPageAndRefusesTamperedOrOutOfRangeValuesChangingNothing() {
		PageFlow.Answers before = answers("pain-worst-nrs", "4");
		Set<String> shown = Set.copyOf(enabled("page-1", before));
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, List<String>> bad = Map.of("a.pain-worst-nrs", List.of("11"), "a.pain-after-hours", List.of("soon"),
				"a.pain-location", List.of("everywhere"), "a.cesarean", List.of("true"));
		PageFlow.Read read = intake.read(page("page-1"), before, shown, bad, true);
		errors.putAll(read.errors());
		assertThat(errors).containsEntry("pain-worst-nrs", "qpage.error.range")
			.containsEntry("pain-after-hours", "qpage.error.number")
			.containsEntry("pain-location", "qpage.error.option")
			.containsEntry("page", "qpage.error.unknown");
		assertThat(read.answers()).isEqualTo(before);

		PageFlow.Read both = intake.read(page("page-1"), before, shown,
				Map.of("a.pain-quality", List.of("sharp", "declined")), true);
		assertThat(both.errors()).containsEntry("pain-quality", "qpage.error.declinedAndAnswered");

		PageFlow.Read closed = intake.read(page("page-9"), PageFlow.Answers.none(), Set.of("trauma-opt-in"),
				Map.of("a.trauma-opt-in", List.of("false"), "a.trauma-shared", List.of("true")), true);
		assertThat(closed.errors()).containsEntry("trauma-shared", "qpage.error.closed");
	}

	@Test
	void replacesThePagesAnswersWithWhatWasPostedAndKeepsTheRest() {
		PageFlow.Answers before = answers("pain-worst-nrs", "4", "pain-light-touch", "true");
		PageFlow.Read read = intake.read(page("page-1"), before, Set.copyOf(enabled("page-1", before)),
				Map.of("a.pain-quality", List.of("sharp", "burning"), "a.pain-location", List.of("declined"), "page",
						List.of("page-1"), "_csrf", List.of("x")),
				true);
		assertThat(read.ok()).isTrue();
		assertThat(read.answers().values()).containsEntry("pain-quality", List.of("sharp", "burning"))
			.containsEntry("pain-location", List.of("declined"))
			.containsEntry("pain-light-touch", List.of("true"))
			.doesNotContainKey("pain-worst-nrs");
	}

	@Test
	void encodesDecliningAsTheDataAbsentReasonNeverAsNo() {
		QuestionnaireResponse response = intake.response("cairn-intake", 1,
				answers("has-partner", "declined", "given-birth", "false", "pain-quality", "sharp,burning"));
		assertThat(response.getQuestionnaire()).isEqualTo("Questionnaire/cairn-intake|1");
		Map<String, QuestionnaireResponseItemComponent> items = new LinkedHashMap<>();
		response.getItem().forEach(group -> group.getItem().forEach(item -> items.put(item.getLinkId(), item)));
		assertThat(items.get("has-partner").getAnswerFirstRep().getValue()).isInstanceOfSatisfying(Coding.class,
				coding -> {
					assertThat(coding.getSystem()).isEqualTo(ResponseReader.DATA_ABSENT_REASON);
					assertThat(coding.getCode()).isEqualTo("asked-declined");
				});
		assertThat(items.get("given-birth").getAnswerFirstRep().getValue()).isInstanceOfSatisfying(BooleanType.class,
				no -> assertThat(no.booleanValue()).isFalse());
		assertThat(items.get("pain-quality").getAnswer()).hasSize(2);
	}

}
