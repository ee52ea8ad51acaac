package org.cairn.homeprogram;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cairn.contributors.ContributorDomain;
import org.cairn.platform.PracticeId;
import org.cairn.team.Discipline;
import org.jspecify.annotations.Nullable;

/**
 * One exercise as a reader sees it, in their language: one of Cairn's own (with a
 * {@code code}, its words from the exercise bundle) or a practice's own (words as the
 * practice wrote them).
 *
 * @param code the key of a library exercise in the bundle; null for a practice's own
 * @param practice the practice that added it; null for the library
 * @param stopIf when to stop, in one line
 */
record Exercise(UUID id, @Nullable String code, Category category, Discipline discipline,
		Set<ContributorDomain> domains, @Nullable PracticeId practice, String title, String purpose, List<String> steps,
		String dose, String cautions, String stopIf) {

	Exercise {
		domains = Set.copyOf(domains);
		steps = List.copyOf(steps);
	}

	public boolean needsInsertionAgreement() {
		return category.needsInsertionAgreement();
	}

	public String categoryCode() {
		return category.code();
	}

	public List<String> domainCodes() {
		return domains.stream().map(ContributorDomain::code).sorted().toList();
	}

}
