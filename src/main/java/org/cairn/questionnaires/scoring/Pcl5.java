package org.cairn.questionnaires.scoring;

import java.util.List;

/**
 * PTSD Checklist for DSM-5 (Weathers et al., National Center for PTSD, 2013): twenty
 * items 0–4, total = their sum, 0–80, with DSM-5 cluster sums B (items 1–5), C (6–7), D
 * (8–14), E (15–20). A total of 31 or more is the usual threshold for probable PTSD
 * (Bovin et al., Psychol Assess 2016), meaning "for follow-up with a clinician", never a
 * diagnosis. Minimal important change 10 points. Written as weighted domains with factor
 * 1, so the total is the sum of the clusters, which is the sum of the items; it needs all
 * twenty.
 */
final class Pcl5 {

	static final Instrument INSTRUMENT = Instrument.define("pcl5", "PTSD Checklist for DSM-5")
		.items(1, 20, ItemRange.of(0, 4))
		.rule(new ScoringRule.WeightedDomains(
				List.of(ScoringRule.Domain.sum("B", List.of("1", "2", "3", "4", "5"), "1"),
						ScoringRule.Domain.sum("C", List.of("6", "7"), "1"),
						ScoringRule.Domain.sum("D", List.of("8", "9", "10", "11", "12", "13", "14"), "1"),
						ScoringRule.Domain.sum("E", List.of("15", "16", "17", "18", "19", "20"), "1")),
				0))
		.bands(Bands.upTo(30, "below-threshold", "0–30: below the follow-up threshold of 31")
			.above("probable-ptsd", "31–80: probable PTSD, for follow-up with a clinician; not a diagnosis"))
		.direction(Direction.LOWER_IS_BETTER)
		.minimalImportantChange(MinimalImportantChange.points(10))
		.build();

	private Pcl5() {
	}

}
