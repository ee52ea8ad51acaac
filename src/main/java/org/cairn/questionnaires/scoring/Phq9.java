package org.cairn.questionnaires.scoring;

/**
 * Patient Health Questionnaire-9 (Kroenke, Spitzer and Williams, J Gen Intern Med 2001):
 * nine items 0–3, total = their sum, 0–27; bands 0–4 minimal, 5–9 mild, 10–14 moderate,
 * 15–19 moderately severe, 20–27 severe. Minimal important change 5 points. LOINC panel
 * {@value Loinc#PHQ9_PANEL}, total {@value Loinc#PHQ9_TOTAL}.
 * <p>
 * Safety: item 9 (thoughts of self-harm) above 0 is an urgent red flag (CLINICAL.md
 * section 4). It is raised from that one answer, before and regardless of completeness: a
 * patient who stops after item 9 must not go unseen because the total cannot be computed.
 */
final class Phq9 {

	static final Instrument INSTRUMENT = Instrument.define("phq9", "Patient Health Questionnaire-9")
		.items(1, 9, ItemRange.of(0, 3))
		.rule(new ScoringRule.Sum())
		.bands(Bands.upTo(4, "minimal", "0–4: minimal depressive symptoms")
			.upTo(9, "mild", "5–9: mild depressive symptoms")
			.upTo(14, "moderate", "10–14: moderate depressive symptoms, an area to explore with your team")
			.upTo(19, "moderately-severe",
					"15–19: moderately severe depressive symptoms, an area to explore with your team")
			.above("severe", "20–27: severe depressive symptoms, an area to explore with your team soon"))
		.direction(Direction.LOWER_IS_BETTER)
		.minimalImportantChange(MinimalImportantChange.points(5))
		.redFlag("phq9-item9", "9", 0, true,
				"thoughts of self-harm: show the crisis message now and alert the care team")
		.build();

	private Phq9() {
	}

}
