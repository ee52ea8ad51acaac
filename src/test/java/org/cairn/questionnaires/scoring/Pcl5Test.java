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
 * PCL-5 worked examples: sum of twenty items 0–4; clusters B 1–5, C 6–7, D 8–14, E 15–20;
 * ≥ 31 for follow-up.
 */
class Pcl5Test {

	private static final Map<String, Integer> WORKED = numbered(3, 2, 1, 0, 4, // B
			1, 2, // C
			0, 1, 2, 3, 4, 0, 1, // D
			2, 2, 2, 1, 1, 0); // E

	@Test
	void scoresClustersAndTotalOfAWorkedExample() {
		Score score = Instruments.PCL5.score(WORKED);

		// B 3+2+1+0+4 = 10; C 1+2 = 3; D 0+1+2+3+4+0+1 = 11; E 2+2+2+1+1+0 = 8; total 32
		assertThat(score.domains()).containsOnlyKeys("B", "C", "D", "E");
		assertThat(domain(score, "B")).hasToString("10");
		assertThat(domain(score, "C")).hasToString("3");
		assertThat(domain(score, "D")).hasToString("11");
		assertThat(domain(score, "E")).hasToString("8");
		assertThat(score.total()).hasToString("32");
		assertThat(score.band().code()).isEqualTo("probable-ptsd");
		assertThat(score.explanation()).contains("B = items 1–5 added = 3 + 2 + 1 + 0 + 4 = 10.",
				"total = B + C + D + E = 10 + 3 + 11 + 8 = 32.");
	}

	@Test
	void scoresTheLowestResponseAsBelowThreshold() {
		Score score = Instruments.PCL5.score(numbered(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

		assertThat(score.domains().values()).extracting(DomainScore::value)
			.allSatisfy(value -> assertThat(value).isEqualByComparingTo("0"));
		assertThat(score.total()).isEqualByComparingTo("0");
		assertThat(score.band().code()).isEqualTo("below-threshold");
	}

	@Test
	void scoresTheHighestResponseAs80() {
		Score score = Instruments.PCL5.score(numbered(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4));

		// B 5×4 = 20; C 2×4 = 8; D 7×4 = 28; E 6×4 = 24; total 80
		assertThat(domain(score, "B")).isEqualByComparingTo("20");
		assertThat(domain(score, "C")).isEqualByComparingTo("8");
		assertThat(domain(score, "D")).isEqualByComparingTo("28");
		assertThat(domain(score, "E")).isEqualByComparingTo("24");
		assertThat(score.total()).isEqualByComparingTo("80");
		assertThat(score.band().code()).isEqualTo("probable-ptsd");
	}

	@Test
	void putsThirtyBelowAndThirtyOneAtTheFollowUpThreshold() {
		// B 2×5 = 10; C 2+2 = 4; D 7×1 = 7; E 2+2+1+1+1+2 = 9; total 30
		Map<String, Integer> thirty = numbered(2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 2);

		Score below = Instruments.PCL5.score(thirty);
		Score at = Instruments.PCL5.score(with(thirty, "20", 3));

		assertThat(below.total()).isEqualByComparingTo("30");
		assertThat(below.band().code()).isEqualTo("below-threshold");
		assertThat(at.total()).isEqualByComparingTo("31");
		assertThat(at.band().code()).isEqualTo("probable-ptsd");
		assertThat(at.band().description()).contains("not a diagnosis");
	}

	@Test
	void scoresCompleteClustersWhenAnItemIsMissing() {
		Score score = Instruments.PCL5.score(without(WORKED, "6"));

		assertThat(score.domains()).containsOnlyKeys("B", "D", "E");
		assertThat(score.total()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.completeness().missing()).containsExactly("6");
	}

	@Test
	void rejectsOutOfRangeValuesAndUnknownItems() {
		assertThatThrownBy(() -> Instruments.PCL5.score(with(with(WORKED, "1", 5), "21", 0)))
			.isInstanceOf(InvalidAnswers.class)
			.hasMessage("pcl5 answers rejected: item 1: 5 is out of range (allowed 0–4); "
					+ "item 21: no such item (allowed items 1–20)");
	}

}
