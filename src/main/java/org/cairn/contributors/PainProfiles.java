package org.cairn.contributors;

import java.util.List;
import java.util.Set;

import org.cairn.questionnaires.ConceptAnswer;
import org.cairn.questionnaires.Intake;
import org.jspecify.annotations.Nullable;

/**
 * Derives the ISSVD-style pain descriptors (CLINICAL.md section 3) from the intake. Only
 * what the patient answered is described; a declined or missing answer leaves its
 * descriptor out rather than guessing.
 * <ul>
 * <li>location: {@code pain-location} as given;</li>
 * <li>provocation: provoked when pain comes with named activities, spontaneous when it
 * fluctuates without a clear trigger, mixed when both;</li>
 * <li>onset: {@code pain-onset} as given;</li>
 * <li>temporal pattern: immediate when pain stops with the activity
 * ({@code pain-after-hours} 0), persistent when it lasts an hour or more after.</li>
 * </ul>
 */
final class PainProfiles {

	private static final Set<String> LOCATIONS = Set.of("superficial", "deep", "both");

	private static final Set<String> ONSETS = Set.of("primary", "secondary");

	private PainProfiles() {
	}

	static PainProfile from(@Nullable Intake intake) {
		if (intake == null) {
			return PainProfile.empty();
		}
		List<String> activities = intake.get("pain-activities").codes();
		ConceptAnswer fluctuates = intake.get("pain-fluctuates");
		String provocation = null;
		if (!activities.isEmpty() && fluctuates.yes()) {
			provocation = "mixed";
		}
		else if (!activities.isEmpty()) {
			provocation = "provoked";
		}
		else if (fluctuates.yes()) {
			provocation = "spontaneous";
		}
		String temporal = intake.get("pain-after-hours")
			.integer()
			.map(hours -> hours == 0 ? "immediate" : "persistent")
			.orElse(null);
		return new PainProfile(one(intake.get("pain-location"), LOCATIONS), provocation,
				one(intake.get("pain-onset"), ONSETS), temporal, intake.get("pain-quality").codes(), activities);
	}

	private static @Nullable String one(ConceptAnswer answer, Set<String> allowed) {
		return answer.codes().stream().filter(allowed::contains).findFirst().orElse(null);
	}

}
