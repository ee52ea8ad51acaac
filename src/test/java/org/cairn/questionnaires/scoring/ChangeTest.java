package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change between two totals against the minimal important change (MIC), in the
 * instrument's direction.
 */
class ChangeTest {

	@Test
	void callsAPhq9DropOfSixImproved() {
		Change change = Change.between(Instruments.PHQ9, new BigDecimal("14"), new BigDecimal("8"));

		// 8 − 14 = −6; |−6| ≥ 5 and lower is better
		assertThat(change.difference()).isEqualByComparingTo("-6");
		assertThat(change.outcome()).isEqualTo(Change.Outcome.IMPROVED);
		assertThat(change.outcome().code()).isEqualTo("improved");
		assertThat(change.why()).isEqualTo("phq9 went from 14 to 8 (−6); lower is better and the minimal important "
				+ "change is 5 points, which this change reaches: improved.");
	}

	@Test
	void callsAPhq9DropOfFourNoMeaningfulChange() {
		Change change = Change.between(Instruments.PHQ9, new BigDecimal("14"), new BigDecimal("10"));

		assertThat(change.outcome()).isEqualTo(Change.Outcome.NO_MEANINGFUL_CHANGE);
		assertThat(change.outcome().code()).isEqualTo("no-meaningful-change");
	}

	@Test
	void countsARiseOfExactlyTheMinimalChangeAsWorsened() {
		// GAD-7 MIC 4: 6 → 10 is +4
		assertThat(Change.between(Instruments.GAD7, new BigDecimal("6"), new BigDecimal("10")).outcome())
			.isEqualTo(Change.Outcome.WORSENED);
		// PCL-5 MIC 10: 40 → 31 is −9, short of it
		assertThat(Change.between(Instruments.PCL5, new BigDecimal("40"), new BigDecimal("31")).outcome())
			.isEqualTo(Change.Outcome.NO_MEANINGFUL_CHANGE);
	}

	@Test
	void readsAHigherTotalAsBetterWhenHigherIsBetter() {
		MinimalImportantChange fourPoints = MinimalImportantChange.points(4);

		Change up = Change.between("fsfi", new BigDecimal("20.0"), new BigDecimal("26.0"), Direction.HIGHER_IS_BETTER,
				fourPoints);
		Change down = Change.between("fsfi", new BigDecimal("26.0"), new BigDecimal("20.0"), Direction.HIGHER_IS_BETTER,
				fourPoints);

		assertThat(up.outcome()).isEqualTo(Change.Outcome.IMPROVED);
		assertThat(down.outcome()).isEqualTo(Change.Outcome.WORSENED);
		assertThat(Instruments.FSFI.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
	}

	@Test
	void leavesFsfiChangeUnclassifiedForWantOfAMinimalImportantChange() {
		Change change = Change.between(Instruments.FSFI, new BigDecimal("18.2"), new BigDecimal("25.4"));

		assertThat(change.difference()).isEqualByComparingTo("7.2");
		assertThat(change.outcome()).isEqualTo(Change.Outcome.NOT_CLASSIFIED);
		assertThat(change.why()).contains("(+7.2); higher is better", "not classified");
	}

	@Test
	void appliesTwoPointsOrThirtyPercentToPainRatings() {
		// 6 → 4: −2 points
		assertThat(Change.between(Instruments.NRS_PAIN, BigDecimal.valueOf(6), BigDecimal.valueOf(4)).outcome())
			.isEqualTo(Change.Outcome.IMPROVED);
		// 3 → 2: −1 point, but 1 ÷ 3 = 33% ≥ 30%
		assertThat(Change.between(Instruments.NRS_PAIN, BigDecimal.valueOf(3), BigDecimal.valueOf(2)).outcome())
			.isEqualTo(Change.Outcome.IMPROVED);
		// 8 → 7: −1 point, 12.5%
		assertThat(Change.between(Instruments.NRS_PAIN, BigDecimal.valueOf(8), BigDecimal.valueOf(7)).outcome())
			.isEqualTo(Change.Outcome.NO_MEANINGFUL_CHANGE);
		// 0 → 1: no percentage of nothing; 1 point is short of 2
		assertThat(Change.between(Instruments.NRS_PAIN, BigDecimal.ZERO, BigDecimal.ONE).outcome())
			.isEqualTo(Change.Outcome.NO_MEANINGFUL_CHANGE);
	}

	@Test
	void comparesDecimalTotalsExactly() {
		// PEG MIC 1: 5.7 → 4.7 is exactly −1.0; PFDI-20 MIC 24: 120.0 → 96.1 is −23.9
		assertThat(Change.between(Instruments.PEG, new BigDecimal("5.7"), new BigDecimal("4.7")).outcome())
			.isEqualTo(Change.Outcome.IMPROVED);
		assertThat(Change.between(Instruments.PFDI20, new BigDecimal("120.0"), new BigDecimal("96.1")).outcome())
			.isEqualTo(Change.Outcome.NO_MEANINGFUL_CHANGE);
	}

	@Test
	void reportsNoDifferenceAsNoMeaningfulChange() {
		Change change = Change.between(Instruments.PHQ9, BigDecimal.TEN, BigDecimal.TEN);

		assertThat(change.outcome()).isEqualTo(Change.Outcome.NO_MEANINGFUL_CHANGE);
		assertThat(change.why()).contains("(no difference)");
	}

}
