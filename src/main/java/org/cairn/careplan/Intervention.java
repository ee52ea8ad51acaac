package org.cairn.careplan;

import java.util.Set;
import java.util.UUID;

import org.cairn.contributors.ContributorDomain;
import org.cairn.platform.AccountId;
import org.cairn.team.Discipline;

/** An intervention of the care plan, as other modules see it. */
public record Intervention(UUID id, Discipline discipline, AccountId owner, String title, String frequency,
		Set<ContributorDomain> domains, boolean active) {
}
