package org.cairn.questionnaires.scoring;

/**
 * Marinoff dyspareunia grade (Marinoff and Turner, 1991), rated by a clinician: one item,
 * 0–3, the score is the grade. 0 no pain with penetration; 1 discomfort that does not
 * stop sex; 2 pain that often stops sex; 3 pain that prevents sex. No published minimal
 * important change.
 */
final class Marinoff {

	static final Instrument INSTRUMENT = Instrument.define("marinoff", "Marinoff dyspareunia grade")
		.items(1, 1, ItemRange.of(0, 3))
		.rule(new ScoringRule.Sum())
		.bands(Bands.upTo(0, "none", "grade 0: no pain with penetration")
			.upTo(1, "mild", "grade 1: discomfort that does not stop sex")
			.upTo(2, "moderate", "grade 2: pain that often stops sex")
			.above("severe", "grade 3: pain that prevents sex"))
		.direction(Direction.LOWER_IS_BETTER)
		.build();

	private Marinoff() {
	}

}
