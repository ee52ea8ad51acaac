package org.cairn.questionnaires.scoring;

/**
 * PEG, three items on pain intensity and its interference with enjoyment of life and with
 * general activity (Krebs et al., J Gen Intern Med 2009): each 0–10, score = the mean of
 * the three, to one decimal; all three are needed. Minimal important change 1 point.
 */
final class Peg {

	static final Instrument INSTRUMENT = Instrument.define("peg", "Pain, Enjoyment of life, General activity")
		.items(1, 3, ItemRange.of(0, 10))
		.rule(new ScoringRule.Mean(1))
		.direction(Direction.LOWER_IS_BETTER)
		.minimalImportantChange(MinimalImportantChange.points(1))
		.build();

	private Peg() {
	}

}
