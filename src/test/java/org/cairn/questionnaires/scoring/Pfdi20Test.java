package org.cairn.questionnaires.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.questionnaires.scoring.Answers.domain;
import static org.cairn.questionnaires.scoring.Answers.numbered;
import static org.cairn.questionnaires.scoring.Answers.with;
import static org.cairn.questionnaires.scoring.Answers.without;

/**
 * PFDI-20 worked examples: scale = mean of its answered items × 25 (POPDI-6 items 1–6,
 * CRADI-8 7–14, UDI-6 15–20), needing at least half of them; total = sum of the three
 * scales.
 */
class Pfdi20Test {

	private static final Map<String, Integer> WORKED = numbered(1, 2, 0, 3, 1, 2, // POPDI-6
			0, 0, 1, 2, 0, 0, 3, 2, // CRADI-8
			4, 3, 0, 0, 2, 1); // UDI-6

	@Test
	void scoresEachScaleOverItsOwnItems() {
		Score score = Instruments.PFDI20.score(WORKED);

		// POPDI6 9 ÷ 6 × 25 = 37.5; CRADI8 8 ÷ 8 × 25 = 25.0; UDI6 10 ÷ 6 × 25 = 41.666…
		// → 41.7
		// total 37.5 + 25 + 41.666… = 104.166… → 104.2
		assertThat(score.domains()).containsOnlyKeys("POPDI6", "CRADI8", "UDI6");
		assertThat(domain(score, "POPDI6")).hasToString("37.5");
		assertThat(domain(score, "CRADI8")).hasToString("25.0");
		assertThat(domain(score, "UDI6")).hasToString("41.7");
		assertThat(score.total()).hasToString("104.2");
		assertThat(score.band()).isNull();
		assertThat(score.explanation()).contains(
				"POPDI6 = mean of items 1–6 × 25 = (1 + 2 + 0 + 3 + 1 + 2) ÷ 6 × 25 = 37.5.",
				"CRADI8 = mean of items 7–14 × 25 = (0 + 0 + 1 + 2 + 0 + 0 + 3 + 2) ÷ 8 × 25 = 25.0.");
	}

	@Test
	void scoresNoSymptomsAsZero() {
		Score score = Instruments.PFDI20.score(numbered(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

		assertThat(domain(score, "POPDI6")).hasToString("0.0");
		assertThat(domain(score, "CRADI8")).hasToString("0.0");
		assertThat(domain(score, "UDI6")).hasToString("0.0");
		assertThat(score.total()).hasToString("0.0");
		assertThat(score.flags()).isEmpty();
	}

	@Test
	void scoresEveryItemAtGreatestBotherAs300() {
		Score score = Instruments.PFDI20.score(numbered(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));

		// each scale 4 × 25 = 100.0; total 300.0
		assertThat(score.domains().values()).extracting(DomainScore::value)
			.allSatisfy(value -> assertThat(value).hasToString("100.0"));
		assertThat(score.total()).hasToString("300.0");
	}

	@Test
	void addsUnroundedScalesForTheTotal() {
		// POPDI6 (2+2+2+2+1+1) ÷ 6 × 25 = 41.666…; CRADI8 0; UDI6 (4+3+0+0+2+1) ÷ 6 × 25
		// = 41.666…
		Score score = Instruments.PFDI20.score(numbered(2, 2, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4, 3, 0, 0, 2, 1));

		// shown 41.7 and 41.7, but the total is 83.333… → 83.3, not 83.4
		assertThat(domain(score, "POPDI6")).hasToString("41.7");
		assertThat(domain(score, "UDI6")).hasToString("41.7");
		assertThat(score.total()).hasToString("83.3");
		assertThat(score.explanation())
			.contains("total = POPDI6 + CRADI8 + UDI6 = 41.7 + 0.0 + 41.7 = 83.3 (added before rounding).");
	}

	@Test
	void scoresAScaleFromHalfItsItems() {
		// POPDI6: items 1–3 only, (2+1+3) ÷ 3 × 25 = 50.0; CRADI8: items 7–10 only,
		// (1+1+2+0) ÷ 4 × 25 = 25.0;
		// UDI6 complete, (0+1+1+2+0+0) ÷ 6 × 25 = 16.666… → 16.7; total 91.666… → 91.7
		Map<String, Integer> answers = Map.ofEntries(Map.entry("1", 2), Map.entry("2", 1), Map.entry("3", 3),
				Map.entry("7", 1), Map.entry("8", 1), Map.entry("9", 2), Map.entry("10", 0), Map.entry("15", 0),
				Map.entry("16", 1), Map.entry("17", 1), Map.entry("18", 2), Map.entry("19", 0), Map.entry("20", 0));

		Score score = Instruments.PFDI20.score(answers);

		assertThat(domain(score, "POPDI6")).hasToString("50.0");
		assertThat(domain(score, "CRADI8")).hasToString("25.0");
		assertThat(domain(score, "UDI6")).hasToString("16.7");
		assertThat(score.total()).hasToString("91.7");
		assertThat(score.completeness().complete()).isFalse();
		assertThat(score.completeness().missing()).containsExactly("4", "5", "6", "11", "12", "13", "14");
		assertThat(score.explanation())
			.contains("POPDI6 = mean of the 3 answered of items 1–6 (items 4–6 not answered) "
					+ "× 25 = (2 + 1 + 3) ÷ 3 × 25 = 50.0.");
	}

	@Test
	void leavesAScaleAndTheTotalUnscoredBelowHalfItsItems() {
		// POPDI6 has only items 1 and 2 (2 of 6, 3 needed); the other scales are complete
		Score score = Instruments.PFDI20.score(without(WORKED, "3", "4", "5", "6"));

		assertThat(score.domains()).containsOnlyKeys("CRADI8", "UDI6");
		assertThat(domain(score, "CRADI8")).hasToString("25.0");
		assertThat(domain(score, "UDI6")).hasToString("41.7");
		assertThat(score.total()).isNull();
		assertThat(score.explanation()).contains("POPDI6 not scored: 2 of 6 items answered, and at least 3 are needed.",
				"no total: it adds every domain, and POPDI6 could not be scored.");
	}

	@Test
	void needsFourOfTheEightColorectalItems() {
		// CRADI8 with items 7–9 only (3 of 8): not scored; with item 10 as well (4 of 8):
		// (0+0+1+2) ÷ 4 × 25 = 18.75 → 18.8
		Map<String, Integer> three = without(WORKED, "10", "11", "12", "13", "14");

		assertThat(Instruments.PFDI20.score(three).domains()).doesNotContainKey("CRADI8");
		assertThat(domain(Instruments.PFDI20.score(with(three, "10", 2)), "CRADI8")).hasToString("18.8");
	}

	@Test
	void rejectsOutOfRangeValuesAndUnknownItems() {
		assertThatThrownBy(() -> Instruments.PFDI20.score(with(with(WORKED, "5", 5), "21", 1)))
			.isInstanceOf(InvalidAnswers.class)
			.hasMessage("pfdi20 answers rejected: item 5: 5 is out of range (allowed 0–4); "
					+ "item 21: no such item (allowed items 1–20)");
	}

}
