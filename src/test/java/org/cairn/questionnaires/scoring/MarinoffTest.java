package org.cairn.questionnaires.scoring;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Marinoff grade worked examples: one clinician-rated item 0–3; the score is the grade.
 */
class MarinoffTest {

	@Test
	void gradesEachValueIntoItsBand() {
		assertGrade(0, "none");
		assertGrade(1, "mild");
		assertGrade(2, "moderate");
		assertGrade(3, "severe");
	}

	private static void assertGrade(int grade, String band) {
		Score score = Instruments.MARINOFF.score(Map.of("1", grade));
		assertThat(score.total()).isEqualByComparingTo(String.valueOf(grade));
		assertThat(score.band().code()).isEqualTo(band);
	}

	@Test
	void describesGradeTwoAsPainThatOftenStopsSex() {
		Score score = Instruments.MARINOFF.score(Map.of("1", 2));

		assertThat(score.band().description()).isEqualTo("grade 2: pain that often stops sex");
		assertThat(score.explanation()).containsExactly("complete: the one item answered.", "total = item 1 = 2.",
				"band moderate: total 2 is above 1 and at most 2 (grade 2: pain that often stops sex).");
	}

	@Test
	void givesNoGradeWhenNotRated() {
		Score score = Instruments.MARINOFF.score(Map.of());

		assertThat(score.total()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.completeness().missing()).containsExactly("1");
	}

	@Test
	void rejectsGradeFourAndASecondItem() {
		assertThatThrownBy(() -> Instruments.MARINOFF.score(Map.of("1", 4, "2", 1))).isInstanceOf(InvalidAnswers.class)
			.hasMessage("marinoff answers rejected: item 1: 4 is out of range (allowed 0–3); "
					+ "item 2: no such item (allowed item 1)");
	}

}
