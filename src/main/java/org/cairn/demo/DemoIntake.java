package org.cairn.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.identity.Actor;
import org.cairn.questionnaires.Submissions;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Alex's sharing choices, intake and four-weekly measures, so that the contributor map
 * lights up several areas right after start-up: the pelvic floor, a sensitive nervous
 * system, bowels (on purpose not yet in the plan), hormones, worry about pain, closeness,
 * stress, and past experiences, which Alex shares with the sex therapist only.
 */
@Component
@Order(10)
class DemoIntake implements DemoContent {

	private final Submissions submissions;

	private final SharingGrants sharing;

	private final Clock clock;

	DemoIntake(Submissions submissions, SharingGrants sharing, Clock clock) {
		this.submissions = submissions;
		this.sharing = sharing;
		this.clock = clock;
	}

	@Override
	public void seed(DemoCast cast) {
		Actor alex = cast.alexAccount().toActor();
		Map<DataCategory, Boolean> everything = new EnumMap<>(DataCategory.class);
		for (DataCategory category : DataCategory.values()) {
			if (!category.alwaysShared()) {
				everything.put(category, category != DataCategory.TRAUMA_HISTORY);
			}
		}
		sharing.decide(alex, cast.alex(), cast.physio().id(), everything);
		sharing.decide(alex, cast.alex(), cast.gyn().id(), everything);
		Map<DataCategory, Boolean> withTrauma = new EnumMap<>(everything);
		withTrauma.put(DataCategory.TRAUMA_HISTORY, true);
		sharing.decide(alex, cast.alex(), cast.therapist().id(), withTrauma);

		Instant now = clock.instant();
		submissions.submit(alex, cast.alex(), DemoResponses.json("cairn-intake", intake(), weeksAgo(now, 12)));
		int[][] phq9 = { { 1, 1, 1, 1, 2, 1, 1, 1, 0 }, { 1, 1, 1, 0, 1, 1, 1, 1, 0 }, { 1, 1, 1, 1, 1, 1, 1, 1, 0 },
				{ 1, 1, 0, 1, 1, 0, 1, 1, 0 } };
		int[][] gad7 = { { 2, 2, 1, 2, 1, 2, 1 }, { 1, 2, 1, 1, 1, 2, 1 }, { 2, 1, 1, 2, 1, 2, 1 },
				{ 1, 1, 1, 1, 1, 2, 1 } };
		int[][] peg = { { 7, 6, 6 }, { 5, 5, 4 }, { 5, 4, 5 }, { 4, 4, 4 } };
		int[] penetration = { 7, 5, 4, 4 };
		int[][] fsfi = { { 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2 },
				{ 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 2, 2, 2 },
				{ 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2 },
				{ 3, 4, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3 } };
		for (int i = 0; i < 4; i++) {
			Instant at = weeksAgo(now, 12 - 4 * i).plus(Duration.ofMinutes(10));
			submissions.submit(alex, cast.alex(), DemoResponses.json("phq9", DemoResponses.numbered(phq9[i]), at));
			submissions.submit(alex, cast.alex(), DemoResponses.json("gad7", DemoResponses.numbered(gad7[i]), at));
			submissions.submit(alex, cast.alex(), DemoResponses.json("peg", DemoResponses.numbered(peg[i]), at));
			submissions.submit(alex, cast.alex(),
					DemoResponses.json("nrs-pain", Map.of("penetration", penetration[i]), at));
			submissions.submit(alex, cast.alex(), DemoResponses.json("fsfi", DemoResponses.numbered(fsfi[i]), at));
		}
	}

	private static Instant weeksAgo(Instant now, int weeks) {
		return now.minus(Duration.ofDays(7L * weeks)).minus(Duration.ofHours(2));
	}

	private static Map<String, Object> intake() {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("pain-activities", List.of(DemoResponses.code("penetration"), DemoResponses.code("tampon")));
		a.put("pain-location", DemoResponses.code("superficial"));
		a.put("pain-onset", DemoResponses.code("secondary"));
		a.put("pain-quality", List.of(DemoResponses.code("burning"), DemoResponses.code("sharp")));
		a.put("pain-worst-nrs", 7);
		a.put("pain-after-hours", 3);
		a.put("pain-light-touch", true);
		a.put("pain-other-regions", false);
		a.put("pain-fluctuates", false);
		a.put("pelvic-tightness", true);
		a.put("pain-sitting", true);
		a.put("emptying-difficulty", false);
		for (String no : List.of("bladder-urgency", "bladder-frequency", "bladder-pain-filling",
				"dx-interstitial-cystitis", "recurrent-uti", "bowel-pain", "dx-ibs", "dx-ibd", "given-birth",
				"perimenopause", "estrogen-lowering-medication", "dx-endometriosis", "suspected-endometriosis",
				"dx-vulvodynia", "vulvar-skin-condition", "recurrent-yeast", "period-pain", "hip-back-pain",
				"movement-pain", "something-wrong-with-me", "relationship-strain", "sex-off-table",
				"bleeding-after-sex", "bleeding-between-periods", "postmenopausal-bleeding", "fever-pelvic-pain",
				"sudden-severe-pain", "urination-pain-fever", "blood-in-stool", "weight-loss",
				"pregnant-with-pain-or-bleeding")) {
			a.put(no, false);
		}
		a.put("bowel-constipation", true);
		a.put("bowel-straining", true);
		a.put("hormonal-contraception", true);
		a.put("vaginal-dryness", true);
		a.put("breath-holding", true);
		a.put("stress-level", 7);
		a.put("anticipate-pain", true);
		a.put("avoid-intimacy", true);
		a.put("bracing", true);
		a.put("trauma-opt-in", true);
		a.put("trauma-shared", true);
		a.put("has-partner", true);
		a.put("partner-communication-difficulty", true);
		a.put("goal-text", List.of("Have sex with my partner without dreading it", "Use a tampon on a long day out"));
		a.put("priority-activity", DemoResponses.code("penetration"));
		return a;
	}

}
