package org.cairn.questionnaires.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.questionnaires.scoring.Answers.numbered;
import static org.cairn.questionnaires.scoring.Answers.with;

/** GAD-7 worked examples: sum of seven items 0–3; bands 0–4, 5–9, 10–14, 15–21. */
class Gad7Test {

	@Test
	void scoresTheLowestResponseAsMinimal() {
		Score score = Instruments.GAD7.score(numbered(0, 0, 0, 0, 0, 0, 0));

		assertThat(score.total()).isEqualByComparingTo("0");
		assertThat(score.band().code()).isEqualTo("minimal");
		assertThat(score.flags()).isEmpty();
	}

	@Test
	void scoresTheHighestResponseAsSevere() {
		Score score = Instruments.GAD7.score(numbered(3, 3, 3, 3, 3, 3, 3));

		// 7 × 3 = 21
		assertThat(score.total()).isEqualByComparingTo("21");
		assertThat(score.band().code()).isEqualTo("severe");
	}

	@Test
	void addsTheSevenItemsOfAWorkedExample() {
		Score score = Instruments.GAD7.score(numbered(2, 2, 1, 1, 2, 1, 1));

		// 2 + 2 + 1 + 1 + 2 + 1 + 1 = 10
		assertThat(score.total()).isEqualByComparingTo("10");
		assertThat(score.band().code()).isEqualTo("moderate");
		assertThat(score.explanation()).contains("total = items 1–7 added = 2 + 2 + 1 + 1 + 2 + 1 + 1 = 10.");
	}

	@Test
	void putsEachBoundaryTotalInItsPublishedBand() {
		assertBand(numbered(1, 1, 1, 1, 0, 0, 0), 4, "minimal");
		assertBand(numbered(1, 1, 1, 1, 1, 0, 0), 5, "mild");
		assertBand(numbered(2, 2, 1, 1, 1, 1, 1), 9, "mild");
		assertBand(numbered(2, 2, 2, 2, 2, 2, 2), 14, "moderate");
		assertBand(numbered(3, 2, 2, 2, 2, 2, 2), 15, "severe");
	}

	private static void assertBand(Map<String, Integer> answers, int total, String band) {
		Score score = Instruments.GAD7.score(answers);
		assertThat(score.total()).isEqualByComparingTo(String.valueOf(total));
		assertThat(score.band().code()).as("band of %d", total).isEqualTo(band);
	}

	@Test
	void givesNoTotalOrBandWhenAnItemIsMissing() {
		Score score = Instruments.GAD7.score(numbered(3, 3, 3, 3, 3, 3));

		assertThat(score.total()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.completeness().code()).isEqualTo("incomplete");
		assertThat(score.completeness().missing()).containsExactly("7");
		assertThat(score.explanation()).contains("incomplete: item 7 not answered.", "no band: there is no total.");
	}

	@Test
	void rejectsOutOfRangeValuesAndUnknownItems() {
		assertThatThrownBy(() -> Instruments.GAD7.score(with(numbered(0, 5, 0, 0, 0, 0, 0), "8", 0)))
			.isInstanceOf(InvalidAnswers.class)
			.hasMessage("gad7 answers rejected: item 2: 5 is out of range (allowed 0–3); "
					+ "item 8: no such item (allowed items 1–7)");
	}

	@Test
	void keepsTheLoincCodesForFhir() {
		assertThat(Loinc.GAD7_PANEL).isEqualTo("69737-5");
		assertThat(Loinc.GAD7_TOTAL).isEqualTo("70274-6");
	}

}
