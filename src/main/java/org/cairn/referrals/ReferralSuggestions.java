package org.cairn.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.consent.DataCategory;
import org.cairn.contributors.ContributorDomain;
import org.cairn.contributors.ContributorSummary;
import org.cairn.contributors.DomainStatus;
import org.cairn.team.Discipline;

/**
 * Referral suggestions from the contributor map: options to discuss, never rules
 * (CLINICAL.md sections 6 and 9). An area that is likely or possible is suggested when a
 * discipline that could help with it is missing from the active team; first the areas no
 * active member's discipline covers at all, then those where another discipline could add
 * to what the team already does. Each suggestion carries its reason: the area, its
 * status, the disciplines on the team and those missing.
 * <p>
 * An area is only suggested to a reader who may see its category: a suggestion for the
 * trauma area would tell a clinician without {@code trauma-history} that trauma was
 * shared. Pure: no I/O.
 */
final class ReferralSuggestions {

	private ReferralSuggestions() {
	}

	/**
	 * @param uncovered no active member's discipline helps with this area
	 * @param onTeam the area's disciplines already on the team
	 * @param missing the area's disciplines not on the team: the options
	 */
	record Suggestion(ContributorDomain domain, DomainStatus status, boolean uncovered, List<Discipline> onTeam,
			List<Discipline> missing) {
	}

	static List<Suggestion> suggest(Map<ContributorDomain, DomainStatus> areas, Set<Discipline> team,
			Set<DataCategory> readable) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (ContributorDomain domain : ContributorDomain.values()) {
			DomainStatus status = areas.get(domain);
			if (status == null || !status.indicated() || !readable.contains(ContributorSummary.visibleTo(domain))) {
				continue;
			}
			List<Discipline> onTeam = domain.disciplines().stream().filter(team::contains).toList();
			List<Discipline> missing = domain.disciplines().stream().filter(d -> !team.contains(d)).toList();
			if (!missing.isEmpty()) {
				suggestions.add(new Suggestion(domain, status, onTeam.isEmpty(), onTeam, missing));
			}
		}
		suggestions.sort(Comparator.comparing((Suggestion s) -> !s.uncovered())
			.thenComparing(s -> s.status() != DomainStatus.LIKELY)
			.thenComparing(s -> s.domain().ordinal()));
		return List.copyOf(suggestions);
	}

}
