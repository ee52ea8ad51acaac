package org.cairn.questionnaires.scoring;

/**
 * Pain on a 0–10 numeric rating scale (0 no pain, 10 worst imaginable), one item per
 * activity the patient rates, with the activity codes of CLINICAL.md section 3b as
 * linkIds. Each activity is its own score, reported as a domain keyed by the activity.
 * There is a total only when exactly one activity is rated: a maximum or an average of
 * different activities would hide the change in the one the patient most wants back,
 * which is the plan's primary outcome (section 6), so progress reads the domain for that
 * activity. Minimal important change 2 points or 30% of the starting value (Farrar et
 * al., Pain 2001; IMMPACT).
 */
final class NrsPain {

	static final Instrument INSTRUMENT = Instrument.define("nrs-pain", "Pain rating 0–10 per activity")
		.item("penetration", ItemRange.of(0, 10))
		.item("tampon", ItemRange.of(0, 10))
		.item("pelvic-exam", ItemRange.of(0, 10))
		.item("sitting", ItemRange.of(0, 10))
		.item("exercise", ItemRange.of(0, 10))
		.item("other", ItemRange.of(0, 10))
		.rule(new ScoringRule.EachItem())
		.direction(Direction.LOWER_IS_BETTER)
		.minimalImportantChange(MinimalImportantChange.pointsOrPercent(2, 30))
		.build();

	private NrsPain() {
	}

}
