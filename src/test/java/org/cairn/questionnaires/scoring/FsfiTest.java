package org.cairn.questionnaires.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.questionnaires.scoring.Answers.domain;
import static org.cairn.questionnaires.scoring.Answers.numbered;
import static org.cairn.questionnaires.scoring.Answers.with;
import static org.cairn.questionnaires.scoring.Answers.without;

/**
 * FSFI worked examples. Domain = item sum × factor (desire 0.6, arousal 0.3, lubrication
 * 0.3, orgasm 0.4, satisfaction 0.4, pain 0.4); total = sum of domains; ≤ 26.55 suggests
 * difficulty. Expected values are worked out by hand in each test.
 */
class FsfiTest {

	/**
	 * Items 1–19 of a typical response; the domains are worked out in
	 * {@link #scoresEveryDomainOfAWorkedExample()}.
	 */
	private static final Map<String, Integer> WORKED = numbered(4, 3, // desire
			4, 3, 4, 3, // arousal
			5, 4, 4, 3, // lubrication
			3, 2, 4, // orgasm
			4, 3, 4, // satisfaction
			2, 3, 2); // pain

	@Test
	void scoresEveryDomainOfAWorkedExample() {
		Score score = Instruments.FSFI.score(WORKED);

		// desire (4+3)×0.6 = 4.2; arousal (4+3+4+3)×0.3 = 4.2; lubrication (5+4+4+3)×0.3
		// = 4.8;
		// orgasm (3+2+4)×0.4 = 3.6; satisfaction (4+3+4)×0.4 = 4.4; pain (2+3+2)×0.4 =
		// 2.8; total 24.0
		assertThat(domain(score, "desire")).hasToString("4.2");
		assertThat(domain(score, "arousal")).hasToString("4.2");
		assertThat(domain(score, "lubrication")).hasToString("4.8");
		assertThat(domain(score, "orgasm")).hasToString("3.6");
		assertThat(domain(score, "satisfaction")).hasToString("4.4");
		assertThat(domain(score, "pain")).hasToString("2.8");
		assertThat(score.domains()).containsOnlyKeys("desire", "arousal", "lubrication", "orgasm", "satisfaction",
				"pain");
		assertThat(score.total()).hasToString("24.0");
		assertThat(score.band().code()).isEqualTo("sexual-difficulty");
		assertThat(score.completeness().code()).isEqualTo("complete");
		assertThat(score.flags()).isEmpty();
	}

	@Test
	void scoresFsfiPainDomain() {
		Score score = Instruments.FSFI.score(with(with(with(WORKED, "17", 4), "18", 4), "19", 4));

		// (4 + 4 + 4) × 0.4 = 4.8, exactly: no binary floating point on the way
		assertThat(domain(score, "pain")).hasToString("4.8");
		assertThat(score.domains().get("pain").noActivity()).isFalse();
		assertThat(score.explanation()).contains("pain = items 17–19 added × 0.4 = (4 + 4 + 4) × 0.4 = 4.8.");
		// 24.0 − 2.8 + 4.8 = 26.0
		assertThat(score.total()).hasToString("26.0");
	}

	@Test
	void scoresTheHighestPossibleResponseAs36() {
		Score score = Instruments.FSFI.score(numbered(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5));

		// desire 10×0.6, arousal 20×0.3, lubrication 20×0.3, orgasm 15×0.4, satisfaction
		// 15×0.4, pain 15×0.4: each 6.0
		assertThat(score.domains().values()).extracting(DomainScore::value)
			.allSatisfy(value -> assertThat(value).hasToString("6.0"));
		assertThat(score.total()).hasToString("36.0");
		assertThat(score.band().code()).isEqualTo("no-difficulty-indicated");
		assertThat(score.flags()).isEmpty();
	}

	@Test
	void scoresTheLowestPossibleResponseAs2AndReportsItAsNoActivity() {
		Score score = Instruments.FSFI.score(numbered(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0));

		// desire (1+1)×0.6 = 1.2; arousal, lubrication, orgasm 0; satisfaction
		// (0+1+1)×0.4 = 0.8; pain 0; total 2.0
		assertThat(domain(score, "desire")).hasToString("1.2");
		assertThat(domain(score, "satisfaction")).hasToString("0.8");
		assertThat(score.total()).hasToString("2.0");
		assertThat(score.band().code()).isEqualTo("sexual-difficulty");
		Flag flag = score.flags().get(0);
		assertThat(flag.code()).isEqualTo("fsfi-no-activity");
		assertThat(flag.urgent()).isFalse();
		assertThat(flag.items()).containsExactly("3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "17",
				"18", "19");
		assertThat(score.domains()).allSatisfy((code, domain) -> assertThat(domain.noActivity()).as(code)
			.isEqualTo(List.of("arousal", "lubrication", "orgasm", "pain").contains(code)));
		assertThat(flag.reason()).startsWith("items 3–14, 17–19 answered \"no activity\"");
		assertThat(score.explanation())
			.contains("items 3–14, 17–19 answered 0, which means no activity (nothing attempted), "
					+ "not difficulty; a low score there reflects no activity.");
		assertThat(score.explanation()).anySatisfy(line -> assertThat(line).contains("may reflect no activity"));
	}

	@Test
	void marksPainDomainAsNoAttemptRatherThanMostPain() {
		Score score = Instruments.FSFI.score(with(with(with(WORKED, "17", 0), "18", 0), "19", 0));

		// pain (0+0+0)×0.4 = 0.0, recorded as no attempt; total 24.0 − 2.8 = 21.2
		DomainScore pain = score.domains().get("pain");
		assertThat(pain.value()).hasToString("0.0");
		assertThat(pain.noActivity()).isTrue();
		assertThat(score.domains().get("arousal").noActivity()).isFalse();
		assertThat(score.total()).hasToString("21.2");
		assertThat(score.hasFlag("fsfi-no-activity")).isTrue();
		assertThat(score.flags().get(0).items()).containsExactly("17", "18", "19");
		assertThat(score.explanation())
			.contains("pain = 0.0 records no activity (every item answered \"no activity\"); "
					+ "it is not the worst score.");
	}

	@Test
	void flagsASingleNoActivityAnswerWithoutMarkingItsDomain() {
		Score score = Instruments.FSFI.score(with(WORKED, "11", 0));

		// orgasm (0+2+4)×0.4 = 2.4; one 0 among answered items is flagged, but the domain
		// had activity
		assertThat(domain(score, "orgasm")).hasToString("2.4");
		assertThat(score.domains().get("orgasm").noActivity()).isFalse();
		assertThat(score.flags()).singleElement().satisfies(flag -> assertThat(flag.items()).containsExactly("11"));
	}

	@Test
	void putsTotalsEitherSideOfTheCutOffInTheRightBand() {
		// desire (5+4)×0.6 = 5.4; arousal 14×0.3 = 4.2; lubrication (5+4+5+4)×0.3 = 5.4;
		// orgasm 3.6;
		// satisfaction 4.4; pain (3+4+2)×0.4 = 3.6; total 26.6: above 26.55
		Map<String, Integer> above = numbered(5, 4, 4, 3, 4, 3, 5, 4, 5, 4, 3, 2, 4, 4, 3, 4, 3, 4, 2);
		// the same with item 13 at 3 (orgasm 3.2) and item 6 at 4 (arousal 4.5): total
		// 26.5, at or below 26.55
		Map<String, Integer> below = with(with(above, "13", 3), "6", 4);

		Score high = Instruments.FSFI.score(above);
		Score low = Instruments.FSFI.score(below);

		assertThat(high.total()).hasToString("26.6");
		assertThat(high.band().code()).isEqualTo("no-difficulty-indicated");
		assertThat(low.total()).hasToString("26.5");
		assertThat(low.band().code()).isEqualTo("sexual-difficulty");
		assertThat(low.explanation())
			.contains("band sexual-difficulty: total 26.5 is at most 26.55 (at or below 26.55, "
					+ "which suggests sexual difficulty: an area to explore with your team, not a diagnosis).");
	}

	@Test
	void scoresCompleteDomainsOfAnIncompleteResponseButNoTotal() {
		Score score = Instruments.FSFI.score(without(WORKED, "12"));

		assertThat(score.domains()).containsOnlyKeys("desire", "arousal", "lubrication", "satisfaction", "pain");
		assertThat(domain(score, "pain")).hasToString("2.8");
		assertThat(score.total()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.completeness().complete()).isFalse();
		assertThat(score.completeness().missing()).containsExactly("12");
		assertThat(score.explanation()).contains(
				"orgasm not scored: item 12 not answered, and the domain needs every item.",
				"no total: it adds every domain, and orgasm could not be scored.");
	}

	@Test
	void rejectsValuesOutsideEachItemsOwnRange() {
		// item 1 allows 1–5 (0 is not an answer there); item 3 allows 0–5; item 16 allows
		// 1–5
		Map<String, Integer> answers = with(with(with(WORKED, "1", 0), "3", 6), "16", 0);

		assertThatThrownBy(() -> Instruments.FSFI.score(answers)).isInstanceOf(InvalidAnswers.class)
			.hasMessage("fsfi answers rejected: item 1: 0 is out of range (allowed 1–5); "
					+ "item 3: 6 is out of range (allowed 0–5); item 16: 0 is out of range (allowed 1–5)")
			.satisfies(e -> assertThat(((InvalidAnswers) e).fieldErrors()).containsOnlyKeys("1", "3", "16"));
	}

	@Test
	void rejectsAnItemTheFsfiDoesNotHave() {
		assertThatThrownBy(() -> Instruments.FSFI.score(with(WORKED, "20", 3))).isInstanceOf(InvalidAnswers.class)
			.hasMessage("fsfi answers rejected: item 20: no such item (allowed items 1–19)");
	}

}
