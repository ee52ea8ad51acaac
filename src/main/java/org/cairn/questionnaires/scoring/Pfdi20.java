package org.cairn.questionnaires.scoring;

import java.util.List;

/**
 * Pelvic Floor Distress Inventory-20 (Barber, Walters and Bump, Am J Obstet Gynecol
 * 2005): twenty items, each 0 ("no", the symptom is absent) or its bother 1–4, in three
 * scales: POPDI-6 (items 1–6), CRADI-8 (7–14), UDI-6 (15–20). Scale = the mean of the
 * answered items of that scale × 25 (0–100); total = the sum of the three scales (0–300);
 * higher is worse. Minimal important change 24 points on the total.
 * <p>
 * Missing items: the published rule averages the answered items, which from one answer
 * out of eight would stand for a whole scale. Cairn's conservative rule: a scale is
 * scored only when at least half of its items are answered (3 of 6, 4 of 8, 3 of 6);
 * otherwise that scale, and so the total, are not scored. Scales and total are shown to
 * one decimal; the total adds the unrounded scales.
 */
final class Pfdi20 {

	static final Instrument INSTRUMENT = Instrument.define("pfdi20", "Pelvic Floor Distress Inventory-20")
		.items(1, 20, ItemRange.of(0, 4))
		.rule(new ScoringRule.WeightedDomains(
				List.of(ScoringRule.Domain.mean("POPDI6", List.of("1", "2", "3", "4", "5", "6"), "25", 3),
						ScoringRule.Domain.mean("CRADI8", List.of("7", "8", "9", "10", "11", "12", "13", "14"), "25",
								4),
						ScoringRule.Domain.mean("UDI6", List.of("15", "16", "17", "18", "19", "20"), "25", 3)),
				1))
		.direction(Direction.LOWER_IS_BETTER)
		.minimalImportantChange(MinimalImportantChange.points(24))
		.build();

	private Pfdi20() {
	}

}
