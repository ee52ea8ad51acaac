package org.cairn.questionnaires;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cairn.platform.InvalidInputException;
import org.cairn.questionnaires.scoring.Direction;
import org.cairn.questionnaires.scoring.Instrument;
import org.cairn.questionnaires.scoring.ItemRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON scoring rule of an imported questionnaire, read into the engine's kinds. */
class ImportedRuleTest {

	private static final Map<String, ItemRange> ITEMS = items();

	private static Map<String, ItemRange> items() {
		Map<String, ItemRange> items = new LinkedHashMap<>();
		items.put("1", ItemRange.of(1, 5));
		items.put("2", ItemRange.of(1, 5));
		items.put("3", ItemRange.of(1, 5));
		items.put("4", ItemRange.of(1, 5));
		return items;
	}

	private static Instrument build(String rule) {
		return ImportedRule.build("practice-rule", "Practice rule", ITEMS, JsonMapper.shared().readTree(rule));
	}

	@Test
	void readsAMeanRuleWithBandsAndAMinimalImportantChange() {
		Instrument instrument = build("""
				{"kind": "mean", "decimals": 1, "direction": "higher-is-better", "minimalImportantChange": 0.5,
				 "bands": [{"upTo": "2.5", "code": "low", "description": "up to 2.5"},
				           {"code": "high", "description": "above 2.5"}]}
				""");

		// (2 + 3 + 4 + 4) ÷ 4 = 3.25 → 3.3, above 2.5
		var score = instrument.score(Map.of("1", 2, "2", 3, "3", 4, "4", 4));
		assertThat(score.total()).hasToString("3.3");
		assertThat(score.band().code()).isEqualTo("high");
		assertThat(instrument.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
		assertThat(instrument.minimalImportantChange().orElseThrow().points()).isEqualByComparingTo("0.5");
		assertThat(ScoreChart.scaleOf(instrument)).isEqualTo(ScoreChart.Scale.of("1", "5"));
	}

	@Test
	void refusesARuleNamingAnItemTheQuestionnaireLacks() {
		assertThatThrownBy(() -> build("""
				{"kind": "weighted-domains", "direction": "lower-is-better",
				 "domains": [{"code": "x", "items": ["1", "9"], "factor": "2"}]}
				""")).isInstanceOf(InvalidInputException.class)
			.hasMessage("The scoring rule does not fit this questionnaire: "
					+ "practice-rule: domain x names item 9, which it does not have.");
	}

	@Test
	void refusesAMeanDomainThatNeedsMoreAnswersThanItHasItems() {
		assertThatThrownBy(() -> build("""
				{"kind": "weighted-domains", "direction": "lower-is-better",
				 "domains": [{"code": "x", "items": ["1", "2"], "aggregate": "mean", "factor": "25", "minAnswered": 3}]}
				""")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("domain x needs between 1 and 2 answered items, not 3");
	}

	@Test
	void refusesALastBandWithACutOffAndAFractionalDecimals() {
		assertThatThrownBy(() -> build("""
				{"kind": "sum", "direction": "lower-is-better",
				 "bands": [{"upTo": 5, "code": "a", "description": "a"}, {"upTo": 9, "code": "b", "description": "b"}]}
				""")).isInstanceOf(InvalidInputException.class).hasMessageContaining("leave out its upTo");
		assertThatThrownBy(() -> build("{\"kind\": \"mean\", \"decimals\": 1.5, \"direction\": \"lower-is-better\"}"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("decimals must be a whole number from 0 to 4.");
	}

	@Test
	void refusesAMinimalImportantChangeOfZero() {
		assertThatThrownBy(
				() -> build("{\"kind\": \"sum\", \"direction\": \"lower-is-better\", \"minimalImportantChange\": 0}"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("minimal important change must be above 0");
	}

}
