package org.cairn.questionnaires.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.questionnaires.scoring.Answers.domain;

/**
 * Pain 0–10 per activity: each activity its own score; a total only when one activity is
 * rated.
 */
class NrsPainTest {

	@Test
	void scoresOneActivityAsTheTotal() {
		Score score = Instruments.NRS_PAIN.score(Map.of("penetration", 7));

		assertThat(score.total()).isEqualByComparingTo("7");
		assertThat(domain(score, "penetration")).isEqualByComparingTo("7");
		assertThat(score.band()).isNull();
		assertThat(score.completeness().code()).isEqualTo("complete");
	}

	@Test
	void scoresNoPainAsZero() {
		Score score = Instruments.NRS_PAIN.score(Map.of("tampon", 0));

		assertThat(score.total()).isEqualByComparingTo("0");
		assertThat(score.flags()).isEmpty();
	}

	@Test
	void keepsSeveralActivitiesApartWithoutATotal() {
		Map<String, Integer> answers = new LinkedHashMap<>();
		answers.put("sitting", 2);
		answers.put("penetration", 6);
		answers.put("tampon", 4);

		Score score = Instruments.NRS_PAIN.score(answers);

		assertThat(score.domains()).containsOnlyKeys("penetration", "tampon", "sitting");
		assertThat(score.domains().keySet()).containsExactly("penetration", "tampon", "sitting");
		assertThat(domain(score, "penetration")).isEqualByComparingTo("6");
		assertThat(domain(score, "tampon")).isEqualByComparingTo("4");
		assertThat(domain(score, "sitting")).isEqualByComparingTo("2");
		assertThat(score.total()).isNull();
		assertThat(score.completeness().complete()).isTrue();
		assertThat(score.explanation()).anySatisfy(line -> assertThat(line).startsWith("no total: 3 items rated"));
	}

	@Test
	void scoresTheWorstPainInEveryActivity() {
		Score score = Instruments.NRS_PAIN.score(
				Map.of("penetration", 10, "tampon", 10, "pelvic-exam", 10, "sitting", 10, "exercise", 10, "other", 10));

		assertThat(score.domains()).hasSize(6);
		assertThat(score.domains().values()).extracting(DomainScore::value)
			.allSatisfy(value -> assertThat(value).isEqualByComparingTo("10"));
		assertThat(score.total()).isNull();
	}

	@Test
	void isIncompleteWhenNothingIsRated() {
		Score score = Instruments.NRS_PAIN.score(Map.of());

		assertThat(score.total()).isNull();
		assertThat(score.domains()).isEmpty();
		assertThat(score.completeness().code()).isEqualTo("incomplete");
		assertThat(score.completeness().missing()).containsExactly("penetration", "tampon", "pelvic-exam", "sitting",
				"exercise", "other");
	}

	@Test
	void rejectsElevenAndAnUnknownActivity() {
		assertThatThrownBy(() -> Instruments.NRS_PAIN.score(Map.of("penetration", 11, "running", 3)))
			.isInstanceOf(InvalidAnswers.class)
			.hasMessage("nrs-pain answers rejected: item penetration: 11 is out of range (allowed 0–10); item running: "
					+ "no such item (allowed items penetration, tampon, pelvic-exam, sitting, exercise, other)");
	}

}
