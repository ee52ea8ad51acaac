package org.cairn.questionnaires.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.questionnaires.scoring.Answers.numbered;

/** PEG worked examples: mean of three items 0–10, one decimal, all three needed. */
class PegTest {

	@Test
	void scoresNoPainAsZero() {
		Score score = Instruments.PEG.score(numbered(0, 0, 0));

		assertThat(score.total()).hasToString("0.0");
		assertThat(score.band()).isNull();
	}

	@Test
	void scoresTheWorstResponseAsTen() {
		assertThat(Instruments.PEG.score(numbered(10, 10, 10)).total()).hasToString("10.0");
	}

	@Test
	void averagesTheThreeItemsToOneDecimal() {
		Score score = Instruments.PEG.score(numbered(5, 6, 6));

		// (5 + 6 + 6) ÷ 3 = 5.666… → 5.7
		assertThat(score.total()).hasToString("5.7");
		assertThat(score.explanation())
			.contains("total = mean of items 1–3 = (5 + 6 + 6) ÷ 3 = 5.7 (rounded to 1 decimal).");
	}

	@Test
	void roundsAThirdDownAndTwoThirdsUp() {
		// (3 + 3 + 4) ÷ 3 = 3.333… → 3.3; (4 + 5 + 5) ÷ 3 = 4.666… → 4.7; (2 + 4 + 6) ÷ 3
		// = 4.0
		assertThat(Instruments.PEG.score(numbered(3, 3, 4)).total()).hasToString("3.3");
		assertThat(Instruments.PEG.score(numbered(4, 5, 5)).total()).hasToString("4.7");
		assertThat(Instruments.PEG.score(numbered(2, 4, 6)).total()).hasToString("4.0");
	}

	@Test
	void givesNoScoreWithoutAllThreeItems() {
		Score score = Instruments.PEG.score(numbered(7, 8));

		assertThat(score.total()).isNull();
		assertThat(score.completeness().missing()).containsExactly("3");
	}

	@Test
	void rejectsElevenAndMinusOne() {
		assertThatThrownBy(() -> Instruments.PEG.score(numbered(11, 5, -1))).isInstanceOf(InvalidAnswers.class)
			.hasMessage("peg answers rejected: item 1: 11 is out of range (allowed 0–10); "
					+ "item 3: -1 is out of range (allowed 0–10)");
	}

}
