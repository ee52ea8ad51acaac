package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.cairn.questionnaires.ScoreChart.Chart;
import org.cairn.questionnaires.ScoreChart.Entry;
import org.cairn.questionnaires.scoring.Change;
import org.cairn.questionnaires.scoring.Instruments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Worked numbers for the score chart. The plot runs from y = 16 (top) to y = 178
 * (bottom), 162 pixels; on the PHQ-9 (0–27) that is 6 pixels a point.
 */
class ScoreChartTest {

	private static final Instant DAY_0 = Instant.parse("2026-09-01T09:00:00Z");

	private static Entry entry(int days, String total, String band) {
		return new Entry(DAY_0.plusSeconds(days * 86_400L), new BigDecimal(total), false, band);
	}

	@Test
	void placesPhq9ScoresOf18_12And7SixPixelsAPointFromTheTop() {
		Chart chart = ScoreChart.of(Instruments.PHQ9,
				List.of(entry(0, "18", "moderately-severe"), entry(14, "12", "moderate"), entry(28, "7", "mild")));

		// y = 16 + (27 − total) × 6: 18 → 70, 12 → 106, 7 → 136
		assertThat(chart.points()).extracting(ScoreChart.Point::y).containsExactly(70.0, 106.0, 136.0);
		// x runs from 60 to 488 by date: day 14 of 28 sits half-way
		assertThat(chart.points()).extracting(ScoreChart.Point::x).containsExactly(60.0, 274.0, 488.0);
		assertThat(chart.segments()).hasSize(2);
		assertThat(chart.scale().min()).isEqualByComparingTo("0");
		assertThat(chart.scale().max()).isEqualByComparingTo("27");
	}

	@Test
	void shadesEachPhq9BandBetweenItsCutOffs() {
		Chart chart = ScoreChart.of(Instruments.PHQ9, List.of(entry(0, "18", "moderately-severe")));

		// minimal 0–4: y(4) = 154 down to y(0) = 178; severe above 19: y(27) = 16 to
		// y(19) = 64
		assertThat(chart.bands())
			.extracting(ScoreChart.BandArea::code, ScoreChart.BandArea::y, ScoreChart.BandArea::height)
			.containsExactly(tuple("minimal", 154.0, 24.0), tuple("mild", 124.0, 30.0), tuple("moderate", 94.0, 30.0),
					tuple("moderately-severe", 64.0, 30.0), tuple("severe", 16.0, 48.0));
		assertThat(chart.ticks()).extracting(ScoreChart.Tick::label).containsExactly("0", "4", "9", "14", "19", "27");
	}

	@Test
	void marksEachChangeAgainstTheMinimalImportantChange() {
		Chart chart = ScoreChart.of(Instruments.PHQ9,
				List.of(entry(0, "18", "a"), entry(14, "12", "a"), entry(28, "9", "a"), entry(42, "14", "a")));

		// 18 → 12 improved by 6 (MIC 5); 12 → 9 is 3, not a real change; 9 → 14 worse by
		// exactly 5
		assertThat(chart.changes()).extracting(ScoreChart.ChangeMark::outcome, ScoreChart.ChangeMark::size)
			.containsExactly(tuple("improved", "6"), tuple("no-meaningful-change", "3"), tuple("worsened", "5"));
		assertThat(chart.minimalImportantChange()).isEqualTo("5");
		assertThat(chart.rows().get(0).change()).isNull();
		assertThat(chart.rows().get(3).change().change().outcome()).isEqualTo(Change.Outcome.WORSENED);
		// the mark sits at the middle of its line: x (60 + 202.7) ÷ 2, y (70 + 106) ÷ 2
		assertThat(chart.changes().get(0).y()).isEqualTo(88.0);
	}

	@Test
	void keepsAWorseningVisibleWhenATotalLiesBeyondThePublishedRange() {
		// A total above the scale (an old definition, a data error) widens the axis
		// rather than being clipped at the top, where the rise would be hidden.
		Chart chart = ScoreChart.of(Instruments.PHQ9, List.of(entry(0, "20", "severe"), entry(7, "30", "severe")));

		assertThat(chart.scale().max()).isEqualByComparingTo("30");
		assertThat(chart.points()).extracting(ScoreChart.Point::y).containsExactly(16 + 10 * 5.4, 16.0);
		assertThat(chart.changes()).extracting(ScoreChart.ChangeMark::outcome).containsExactly("worsened");
	}

	@Test
	void putsAnFsfiNoActivityResponseOffTheScaleAndLeavesItOutOfChange() {
		Chart chart = ScoreChart.of(Instruments.FSFI, List.of(
				new Entry(DAY_0, new BigDecimal("24.0"), false, "sexual-difficulty"),
				new Entry(DAY_0.plusSeconds(86_400L * 28), new BigDecimal("2.0"), true, "sexual-difficulty"),
				new Entry(DAY_0.plusSeconds(86_400L * 56), new BigDecimal("27.0"), false, "no-difficulty-indicated")));

		assertThat(chart.scale().min()).isEqualByComparingTo("2");
		assertThat(chart.scale().max()).isEqualByComparingTo("36");
		assertThat(chart.points()).extracting(ScoreChart.Point::noActivity, ScoreChart.Point::y)
			.containsExactly(tuple(false, ScoreChart.y(chart.scale(), new BigDecimal("24"))),
					tuple(true, (double) ScoreChart.NO_ACTIVITY_Y),
					tuple(false, ScoreChart.y(chart.scale(), new BigDecimal("27"))));
		assertThat(chart.anyNoActivity()).isTrue();
		// change compares the two scores with activity; the FSFI has no published MIC
		assertThat(chart.changes()).extracting(ScoreChart.ChangeMark::outcome).containsExactly("not-classified");
		assertThat(chart.rows().get(1).noActivity()).isTrue();
		assertThat(chart.rows().get(1).change()).isNull();
		// y(24) on 2–36: 16 + 12 × 162 ÷ 34 = 73.2
		assertThat(chart.points().get(0).y()).isEqualTo(73.2);
	}

	@Test
	void derivesEachInstrumentsPossibleRange() {
		assertThat(ScoreChart.scaleOf(Instruments.FSFI)).isEqualTo(ScoreChart.Scale.of("2", "36"));
		assertThat(ScoreChart.scaleOf(Instruments.GAD7)).isEqualTo(ScoreChart.Scale.of("0", "21"));
		assertThat(ScoreChart.scaleOf(Instruments.PCL5)).isEqualTo(ScoreChart.Scale.of("0", "80"));
		assertThat(ScoreChart.scaleOf(Instruments.PEG)).isEqualTo(ScoreChart.Scale.of("0", "10"));
		assertThat(ScoreChart.scaleOf(Instruments.PFDI20)).isEqualTo(ScoreChart.Scale.of("0", "300"));
		assertThat(ScoreChart.scaleOf(Instruments.NRS_PAIN)).isEqualTo(ScoreChart.Scale.of("0", "10"));
	}

	@Test
	void describesPainsTwoPointsOrThirtyPercent() {
		Chart chart = ScoreChart.of(Instruments.NRS_PAIN, List.of(entry(0, "6", null), entry(7, "4", null)));

		assertThat(chart.minimalImportantChange()).isEqualTo("2 (or 30%)");
		assertThat(chart.changes()).extracting(ScoreChart.ChangeMark::outcome).containsExactly("improved");
		assertThat(chart.bands()).isEmpty();
	}

}
