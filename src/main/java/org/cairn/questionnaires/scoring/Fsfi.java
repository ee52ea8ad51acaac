package org.cairn.questionnaires.scoring;

import java.util.List;

/**
 * Female Sexual Function Index (Rosen et al., J Sex Marital Ther 2000): 19 items over the
 * last four weeks, six domains. Items 1–2 and 15–16 score 1–5; items 3–14 and 17–19 score
 * 0–5, where 0 means no sexual activity (or, on the pain items 17–19, no attempt at
 * penetration). Domain = item sum × factor: desire (1–2) × 0.6, arousal (3–6) × 0.3,
 * lubrication (7–10) × 0.3, orgasm (11–13) × 0.4, satisfaction (14–16) × 0.4, pain
 * (17–19) × 0.4; total = the sum of the domains, 2.0–36.0, higher is better. A total at
 * or below 26.55 suggests sexual difficulty (Wiegel, Meston and Rosen, J Sex Marital Ther
 * 2005).
 * <p>
 * Hazard: a 0 is not the worst answer. On the pain items 1 is the most pain and 5 the
 * least, so a pain domain of 0 from three 0s means "no attempt", and must never be shown
 * as the most pain; the engine flags {@code fsfi-no-activity} and marks such domains (see
 * {@link DomainScore#noActivity()}). A domain is scored only when all its items are
 * answered; the total only when all 19 are.
 */
final class Fsfi {

	static final Instrument INSTRUMENT = Instrument.define("fsfi", "Female Sexual Function Index")
		.items(1, 2, ItemRange.of(1, 5))
		.items(3, 14, ItemRange.withNoActivity(0, 5, 0))
		.items(15, 16, ItemRange.of(1, 5))
		.items(17, 19, ItemRange.withNoActivity(0, 5, 0))
		.rule(new ScoringRule.WeightedDomains(List.of(ScoringRule.Domain.sum("desire", List.of("1", "2"), "0.6"),
				ScoringRule.Domain.sum("arousal", List.of("3", "4", "5", "6"), "0.3"),
				ScoringRule.Domain.sum("lubrication", List.of("7", "8", "9", "10"), "0.3"),
				ScoringRule.Domain.sum("orgasm", List.of("11", "12", "13"), "0.4"),
				ScoringRule.Domain.sum("satisfaction", List.of("14", "15", "16"), "0.4"),
				ScoringRule.Domain.sum("pain", List.of("17", "18", "19"), "0.4")), 1))
		.bands(Bands.upTo("26.55", "sexual-difficulty",
				"at or below 26.55, which suggests sexual difficulty: an area to explore with your team, not a diagnosis")
			.above("no-difficulty-indicated", "above 26.55: no sexual difficulty indicated"))
		.direction(Direction.HIGHER_IS_BETTER)
		.build();

	private Fsfi() {
	}

}
