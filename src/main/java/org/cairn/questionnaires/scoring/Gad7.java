package org.cairn.questionnaires.scoring;

/**
 * Generalized Anxiety Disorder-7 (Spitzer, Kroenke, Williams and Löwe, Arch Intern Med
 * 2006): seven items 0–3, total = their sum, 0–21; bands 0–4 minimal, 5–9 mild, 10–14
 * moderate, 15–21 severe. Minimal important change 4 points. LOINC panel
 * {@value Loinc#GAD7_PANEL}, total {@value Loinc#GAD7_TOTAL}.
 */
final class Gad7 {

	static final Instrument INSTRUMENT = Instrument.define("gad7", "Generalized Anxiety Disorder-7")
		.items(1, 7, ItemRange.of(0, 3))
		.rule(new ScoringRule.Sum())
		.bands(Bands.upTo(4, "minimal", "0–4: minimal anxiety symptoms")
			.upTo(9, "mild", "5–9: mild anxiety symptoms")
			.upTo(14, "moderate", "10–14: moderate anxiety symptoms, an area to explore with your team")
			.above("severe", "15–21: severe anxiety symptoms, an area to explore with your team soon"))
		.direction(Direction.LOWER_IS_BETTER)
		.minimalImportantChange(MinimalImportantChange.points(4))
		.build();

	private Gad7() {
	}

}
