package org.cairn.questionnaires.scoring;

import java.util.Map;

import org.cairn.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentsTest {

	@Test
	void shipsTheEightOutcomeMeasuresOfTheClinicalTable() {
		assertThat(Instruments.all()).extracting(Instrument::code)
			.containsExactly("nrs-pain", "fsfi", "marinoff", "peg", "phq9", "gad7", "pcl5", "pfdi20");
	}

	@Test
	void usesTheGenericRuleKindsForTheBuiltInInstruments() {
		assertThat(Instruments.FSFI.rule().kind()).isEqualTo("weighted-domains");
		assertThat(Instruments.PCL5.rule().kind()).isEqualTo("weighted-domains");
		assertThat(Instruments.PFDI20.rule().kind()).isEqualTo("weighted-domains");
		assertThat(Instruments.PHQ9.rule().kind()).isEqualTo("sum");
		assertThat(Instruments.GAD7.rule().kind()).isEqualTo("sum");
		assertThat(Instruments.MARINOFF.rule().kind()).isEqualTo("sum");
		assertThat(Instruments.PEG.rule().kind()).isEqualTo("mean");
		assertThat(Instruments.NRS_PAIN.rule().kind()).isEqualTo("each-item");
	}

	@Test
	void readsEveryInstrumentButTheFsfiWithLowerIsBetter() {
		assertThat(Instruments.all()).filteredOn(i -> i.direction() == Direction.HIGHER_IS_BETTER)
			.extracting(Instrument::code)
			.containsExactly("fsfi");
	}

	@Test
	void scoresByCode() {
		assertThat(Instruments.score("gad7", Map.of("1", 1, "2", 1, "3", 1, "4", 1, "5", 1, "6", 1, "7", 1)).total())
			.isEqualByComparingTo("7");
	}

	@Test
	void rejectsAnUnknownInstrumentCode() {
		assertThatThrownBy(() -> Instruments.score("pcs", Map.of())).isInstanceOf(InvalidInputException.class)
			.hasMessage("unknown instrument pcs")
			.satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsOnlyKeys("instrument"));
	}

}
