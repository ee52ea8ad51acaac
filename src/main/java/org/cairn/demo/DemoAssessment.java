package org.cairn.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cairn.assessment.PastVisits;
import org.cairn.assessment.PastVisits.PastFinding;
import org.cairn.consent.ExamPreferenceRecords;
import org.cairn.consent.ExamPreferences;
import org.cairn.consent.ExamProcedure;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Alex's examination preferences, and the physio's initial assessment three weeks ago:
 * Alex said yes to an internal examination with one finger at that visit, and the
 * findings light up the pelvic floor and movement and posture on the contributor map,
 * with a Marinoff grade of 2.
 */
@Component
@Order(20)
class DemoAssessment implements DemoContent {

	private final ExamPreferenceRecords preferences;

	private final PastVisits visits;

	private final Clock clock;

	DemoAssessment(ExamPreferenceRecords preferences, PastVisits visits, Clock clock) {
		this.preferences = preferences;
		this.visits = visits;
		this.clock = clock;
	}

	@Override
	public void seed(DemoCast cast) {
		preferences.save(cast.alexAccount().toActor(), cast.alex(),
				new ExamPreferences.Draft(Set.of(ExamProcedure.INTERNAL_SINGLE_DIGIT), "My partner Sam, in the room",
						false, "Lying on my side to start", "Keep my top on and a cover over my legs", "pineapple",
						false, "Tell me each step before you do it. If I go quiet, stop and ask me how I am."));
		Instant at = clock.instant().minus(Duration.ofDays(21)).minus(Duration.ofHours(3));
		visits.record(cast.physio().toActor(), cast.alex(), at, true, List.of(
				new PastFinding("breathing-pattern", null, "breath-holding", null, null, "holds breath when anxious"),
				new PastFinding("abdominal-coordination", null, "bracing", null, null, null),
				new PastFinding("posture", null, "typical", null, null, null),
				new PastFinding("movement-loaded", null, "finding", null, null, "guarded squat, hips stiff"),
				new PastFinding("hips", null, "finding", null, null, "limited internal rotation both sides"),
				new PastFinding("feet", null, "typical", null, null, null),
				new PastFinding("fascial-tension", "external", "raised", null, null, "adductors and lower abdomen"),
				new PastFinding("pf-tone", "external", "raised", null, null, null),
				new PastFinding("pf-tone", "internal", "raised", null, null, "superficial layer more than deep"),
				new PastFinding("pf-relaxation", "internal", "partial", null, null, null),
				new PastFinding("pf-coordination", "internal", "coordinated", null, null, null),
				new PastFinding("pf-strength", "internal", null, 3, null, null),
				new PastFinding("pf-tender-points", "external", null, null, List.of(5, 7),
						"cotton swab at the vestibule"),
				new PastFinding("pf-tender-points", "internal", null, null, List.of(4, 8), null),
				new PastFinding("marinoff", null, null, 2, null, null)));
	}

}
