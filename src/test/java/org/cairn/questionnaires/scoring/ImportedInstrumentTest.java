package org.cairn.questionnaires.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.questionnaires.scoring.Answers.domain;
import static org.cairn.questionnaires.scoring.Answers.numbered;

/**
 * A practice attaching a generic rule to an imported questionnaire. The instruments here
 * are made up for the test; no licensed wording or rule is copied.
 */
class ImportedInstrumentTest {

	@Test
	void scoresASumRuleWithBands() {
		Instrument instrument = Instrument.define("practice-sum", "Practice sum scale")
			.item("a", ItemRange.of(0, 4))
			.item("b", ItemRange.of(0, 4))
			.item("c", ItemRange.of(0, 4))
			.rule(new ScoringRule.Sum())
			.bands(Bands.upTo(5, "low", "0–5").above("high", "6–12"))
			.direction(Direction.LOWER_IS_BETTER)
			.build();

		Score score = instrument.score(Map.of("a", 1, "b", 2, "c", 3));

		// 1 + 2 + 3 = 6
		assertThat(score.total()).isEqualByComparingTo("6");
		assertThat(score.band().code()).isEqualTo("high");
		assertThat(score.explanation()).contains("total = items a, b, c added = 1 + 2 + 3 = 6.");
		assertThat(instrument.rule().kind()).isEqualTo("sum");
	}

	@Test
	void roundsAMeanRuleHalfUp() {
		Instrument instrument = Instrument.define("practice-mean", "Practice mean scale")
			.items(1, 4, ItemRange.of(1, 5))
			.rule(new ScoringRule.Mean(1))
			.direction(Direction.HIGHER_IS_BETTER)
			.build();

		// (2 + 3 + 4 + 4) ÷ 4 = 3.25 → 3.3
		assertThat(instrument.score(numbered(2, 3, 4, 4)).total()).hasToString("3.3");
		assertThat(instrument.rule().kind()).isEqualTo("mean");
	}

	@Test
	void scoresWeightedDomainsOfSumsAndMeans() {
		Instrument instrument = Instrument.define("practice-domains", "Practice domains")
			.items(1, 4, ItemRange.of(0, 5))
			.rule(new ScoringRule.WeightedDomains(List.of(ScoringRule.Domain.sum("x", List.of("1", "2"), "2"),
					ScoringRule.Domain.mean("y", List.of("3", "4"), "10", 1)), 1))
			.direction(Direction.LOWER_IS_BETTER)
			.build();

		// x = (1 + 2) × 2 = 6.0; y = 3 ÷ 1 × 10 = 30.0 (item 4 missing, one answer is
		// enough); total 36.0
		Score score = instrument.score(numbered(1, 2, 3));

		assertThat(domain(score, "x")).hasToString("6.0");
		assertThat(domain(score, "y")).hasToString("30.0");
		assertThat(score.total()).hasToString("36.0");
		assertThat(score.completeness().missing()).containsExactly("4");
		assertThat(instrument.rule().kind()).isEqualTo("weighted-domains");
	}

	@Test
	void refusesADomainNamingAnItemTheInstrumentLacks() {
		Instrument.Builder builder = Instrument.define("practice-bad", "Bad")
			.items(1, 2, ItemRange.of(0, 3))
			.rule(new ScoringRule.WeightedDomains(List.of(ScoringRule.Domain.sum("x", List.of("1", "3"), "1")), 0))
			.direction(Direction.LOWER_IS_BETTER);

		assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("practice-bad: domain x names item 3, which it does not have");
	}

	@Test
	void refusesAnItemInTwoDomains() {
		assertThatThrownBy(
				() -> new ScoringRule.WeightedDomains(List.of(ScoringRule.Domain.sum("x", List.of("1", "2"), "1"),
						ScoringRule.Domain.sum("y", List.of("2", "3"), "1")), 0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("item 2 belongs to two domains");
	}

	@Test
	void refusesASumDomainThatWouldAddPartOfItsItems() {
		assertThatThrownBy(() -> new ScoringRule.Domain("x", List.of("1", "2", "3"), ScoringRule.Aggregate.SUM,
				java.math.BigDecimal.ONE, 2))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("domain x sums its items, so it needs all of them");
	}

	@Test
	void refusesADefinitionWithoutADirection() {
		Instrument.Builder builder = Instrument.define("practice-no-direction", "No direction")
			.items(1, 2, ItemRange.of(0, 3))
			.rule(new ScoringRule.Sum());

		assertThatThrownBy(builder::build).isInstanceOf(NullPointerException.class)
			.hasMessage("practice-no-direction does not say which way is better");
	}

	@Test
	void refusesACodeThatIsNotLowerCase() {
		assertThatThrownBy(() -> Instrument.define("PHQ 9", "x")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("instrument code 'PHQ 9' must be lower-case letters, digits and hyphens");
	}

	@Test
	void refusesAnEmptyRangeAndANoActivityValueOutsideIt() {
		assertThatThrownBy(() -> ItemRange.of(5, 1)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("item range 5–1 is empty");
		assertThatThrownBy(() -> ItemRange.withNoActivity(1, 5, 0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("no-activity value 0 lies outside the range 1–5");
	}

	@Test
	void refusesBandCutOffsOutOfOrder() {
		Bands.Builder bands = Bands.upTo(9, "a", "a").upTo(4, "b", "b");

		assertThatThrownBy(() -> bands.above("c", "c")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("band cut-offs must rise: 4 follows 9");
	}

}
