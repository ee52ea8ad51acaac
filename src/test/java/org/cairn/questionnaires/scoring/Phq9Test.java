package org.cairn.questionnaires.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.questionnaires.scoring.Answers.numbered;
import static org.cairn.questionnaires.scoring.Answers.with;

/**
 * PHQ-9 worked examples: sum of nine items 0–3; bands 0–4, 5–9, 10–14, 15–19, 20–27; item
 * 9 > 0 is urgent.
 */
class Phq9Test {

	@Test
	void scoresTheLowestResponseAsMinimal() {
		Score score = Instruments.PHQ9.score(numbered(0, 0, 0, 0, 0, 0, 0, 0, 0));

		assertThat(score.total()).isEqualByComparingTo("0");
		assertThat(score.band().code()).isEqualTo("minimal");
		assertThat(score.flags()).isEmpty();
		assertThat(score.urgent()).isFalse();
		assertThat(score.completeness().code()).isEqualTo("complete");
	}

	@Test
	void scoresTheHighestResponseAsSevereWithTheSelfHarmFlag() {
		Score score = Instruments.PHQ9.score(numbered(3, 3, 3, 3, 3, 3, 3, 3, 3));

		// 9 × 3 = 27
		assertThat(score.total()).isEqualByComparingTo("27");
		assertThat(score.band().code()).isEqualTo("severe");
		assertThat(score.urgent()).isTrue();
		assertThat(score.hasFlag("phq9-item9")).isTrue();
	}

	@Test
	void addsTheNineItemsOfAWorkedExample() {
		Score score = Instruments.PHQ9.score(numbered(1, 2, 1, 2, 1, 1, 1, 1, 0));

		// 1 + 2 + 1 + 2 + 1 + 1 + 1 + 1 + 0 = 10: the first total of the moderate band
		assertThat(score.total()).isEqualByComparingTo("10");
		assertThat(score.band().code()).isEqualTo("moderate");
		assertThat(score.domains()).isEmpty();
		assertThat(score.explanation()).containsExactly("complete: all 9 items answered.",
				"total = items 1–9 added = 1 + 2 + 1 + 2 + 1 + 1 + 1 + 1 + 0 = 10.",
				"band moderate: total 10 is above 9 and at most 14 (10–14: moderate depressive symptoms, "
						+ "an area to explore with your team).");
	}

	@Test
	void putsEachBoundaryTotalInItsPublishedBand() {
		assertBand(numbered(1, 1, 1, 1, 0, 0, 0, 0, 0), 4, "minimal");
		assertBand(numbered(1, 1, 1, 1, 1, 0, 0, 0, 0), 5, "mild");
		assertBand(numbered(2, 1, 1, 1, 1, 1, 1, 1, 0), 9, "mild");
		assertBand(numbered(2, 2, 2, 2, 2, 1, 1, 2, 0), 14, "moderate");
		assertBand(numbered(2, 2, 2, 2, 2, 2, 1, 2, 0), 15, "moderately-severe");
		assertBand(numbered(3, 3, 3, 2, 2, 2, 2, 2, 0), 19, "moderately-severe");
		assertBand(numbered(3, 3, 3, 3, 2, 2, 2, 2, 0), 20, "severe");
	}

	private static void assertBand(Map<String, Integer> answers, int total, String band) {
		Score score = Instruments.PHQ9.score(answers);
		assertThat(score.total()).isEqualByComparingTo(String.valueOf(total));
		assertThat(score.band().code()).as("band of %d", total).isEqualTo(band);
	}

	@Test
	void raisesTheSelfHarmFlagOnAnIncompleteResponse() {
		// items 1–3 and 9 answered, 4–8 skipped
		Score score = Instruments.PHQ9.score(Map.of("1", 2, "2", 1, "3", 2, "9", 1));

		assertThat(score.flags()).singleElement().satisfies(flag -> {
			assertThat(flag.code()).isEqualTo("phq9-item9");
			assertThat(flag.urgent()).isTrue();
			assertThat(flag.items()).containsExactly("9");
		});
		assertThat(score.total()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.completeness().missing()).containsExactly("4", "5", "6", "7", "8");
		assertThat(score.explanation().get(0)).startsWith("urgent red flag phq9-item9: item 9 answered 1 (above 0)")
			.endsWith("Raised on this answer alone, whatever else is missing.");
	}

	@Test
	void raisesTheSelfHarmFlagWhenItem9IsTheOnlyAnswer() {
		Score score = Instruments.PHQ9.score(Map.of("9", 2));

		assertThat(score.urgent()).isTrue();
		assertThat(score.total()).isNull();
		assertThat(score.completeness().missing()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
	}

	@Test
	void raisesNoFlagWhenItem9IsZeroOrUnanswered() {
		Score zero = Instruments.PHQ9.score(numbered(3, 3, 3, 3, 3, 3, 3, 3, 0));
		Score skipped = Instruments.PHQ9.score(numbered(3, 3, 3, 3, 3, 3, 3, 3));

		// 8 × 3 = 24: severe, but no self-harm answer
		assertThat(zero.total()).isEqualByComparingTo("24");
		assertThat(zero.band().code()).isEqualTo("severe");
		assertThat(zero.flags()).isEmpty();
		assertThat(skipped.flags()).isEmpty();
		assertThat(skipped.total()).isNull();
		assertThat(skipped.completeness().missing()).containsExactly("9");
	}

	@Test
	void treatsANullAnswerAsUnanswered() {
		Map<String, Integer> answers = new java.util.HashMap<>(numbered(1, 1, 1, 1, 1, 1, 1, 1));
		answers.put("9", null);

		Score score = Instruments.PHQ9.score(answers);

		assertThat(score.completeness().missing()).containsExactly("9");
		assertThat(score.flags()).isEmpty();
	}

	@Test
	void rejectsAnItem9AnswerOutOfRangeInsteadOfReadingIt() {
		assertThatThrownBy(() -> Instruments.PHQ9.score(with(numbered(0, 0, 0, 0, 0, 0, 0, 0), "9", 4)))
			.isInstanceOf(InvalidAnswers.class)
			.hasMessage("phq9 answers rejected: item 9: 4 is out of range (allowed 0–3)");
	}

	@Test
	void keepsTheSelfHarmFlagWhenAnotherAnswerIsRejected() {
		// item 3 is out of range, so nothing is scored; item 9 = 2 is a valid answer and
		// still a red flag
		Map<String, Integer> answers = with(numbered(1, 1, 7, 1, 1, 1, 1, 1), "9", 2);

		assertThatThrownBy(() -> Instruments.PHQ9.score(answers)).isInstanceOf(InvalidAnswers.class)
			.satisfies(e -> assertThat(((InvalidAnswers) e).redFlags()).singleElement().satisfies(flag -> {
				assertThat(flag.code()).isEqualTo("phq9-item9");
				assertThat(flag.urgent()).isTrue();
			}));
	}

	@Test
	void rejectsNegativeValuesAndUnknownItemsNamingEach() {
		Map<String, Integer> answers = with(with(numbered(0, -1, 0, 0, 0, 0, 0, 0, 0), "10", 1), "q1", 2);

		assertThatThrownBy(() -> Instruments.PHQ9.score(answers)).isInstanceOf(InvalidAnswers.class).satisfies(e -> {
			InvalidAnswers invalid = (InvalidAnswers) e;
			assertThat(invalid.instrument()).isEqualTo("phq9");
			assertThat(invalid.problems()).extracting(InvalidAnswers.Problem::linkId).containsExactly("2", "10", "q1");
			assertThat(invalid.problems()).extracting(InvalidAnswers.Problem::allowed)
				.containsExactly("0–3", "items 1–9", "items 1–9");
			assertThat(invalid.fieldErrors()).containsEntry("10", "item 10: no such item (allowed items 1–9)");
			assertThat(invalid.redFlags()).isEmpty();
		});
	}

	@Test
	void keepsTheLoincCodesForFhir() {
		assertThat(Loinc.PHQ9_PANEL).isEqualTo("44249-1");
		assertThat(Loinc.PHQ9_TOTAL).isEqualTo("44261-6");
	}

}
