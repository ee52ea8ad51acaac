package org.cairn.referrals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.consent.DataCategory;
import org.cairn.contributors.ContributorDomain;
import org.cairn.contributors.DomainStatus;
import org.cairn.referrals.ReferralSuggestions.Suggestion;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralSuggestionsTest {

	private static final Set<DataCategory> EVERYTHING = EnumSet.allOf(DataCategory.class);

	@Test
	void suggestsAGastroenterologistForLikelyBowelsWhenOnlyTheGynecologistIsOnTheTeam() {
		List<Suggestion> suggestions = ReferralSuggestions.suggest(
				Map.of(ContributorDomain.BOWEL, DomainStatus.LIKELY, ContributorDomain.HORMONAL, DomainStatus.POSSIBLE),
				Set.of(Discipline.GYNECOLOGY), EVERYTHING);
		assertThat(suggestions).singleElement().satisfies(s -> {
			assertThat(s.domain()).isEqualTo(ContributorDomain.BOWEL);
			assertThat(s.uncovered()).isTrue();
			assertThat(s.missing()).containsExactly(Discipline.GASTROENTEROLOGY, Discipline.PELVIC_FLOOR_PT);
		});
	}

	@Test
	void offersTheOtherDisciplineOfAnAreaThePhysioCoversAsAnOptionAfterUncoveredOnes() {
		List<Suggestion> suggestions = ReferralSuggestions.suggest(Map.of(ContributorDomain.BOWEL, DomainStatus.LIKELY,
				ContributorDomain.STRESS_AND_MOOD, DomainStatus.POSSIBLE), Set.of(Discipline.PELVIC_FLOOR_PT),
				EVERYTHING);
		assertThat(suggestions).extracting(Suggestion::domain)
			.containsExactly(ContributorDomain.STRESS_AND_MOOD, ContributorDomain.BOWEL);
		Suggestion bowel = suggestions.get(1);
		assertThat(bowel.uncovered()).isFalse();
		assertThat(bowel.onTeam()).containsExactly(Discipline.PELVIC_FLOOR_PT);
		assertThat(bowel.missing()).containsExactly(Discipline.GASTROENTEROLOGY);
	}

	@Test
	void suggestsNothingForAreasNotIndicatedOrUnknownOrFullyCovered() {
		assertThat(ReferralSuggestions.suggest(
				Map.of(ContributorDomain.BLADDER, DomainStatus.UNKNOWN, ContributorDomain.BOWEL,
						DomainStatus.NOT_INDICATED, ContributorDomain.RELATIONSHIP_AND_INTIMACY, DomainStatus.LIKELY),
				Set.of(Discipline.SEX_THERAPY), EVERYTHING))
			.isEmpty();
	}

	@Test
	void neverSuggestsForAnAreaTheReaderMayNotSee() {
		Map<ContributorDomain, DomainStatus> areas = Map.of(ContributorDomain.TRAUMA, DomainStatus.LIKELY);
		assertThat(ReferralSuggestions.suggest(areas, Set.of(Discipline.GYNECOLOGY),
				EnumSet.complementOf(EnumSet.of(DataCategory.TRAUMA_HISTORY))))
			.isEmpty();
		assertThat(ReferralSuggestions.suggest(areas, Set.of(Discipline.GYNECOLOGY), EVERYTHING)).hasSize(1);
	}

	@Test
	void listsLikelyBeforePossibleAmongUncoveredAreas() {
		List<Suggestion> suggestions = ReferralSuggestions.suggest(Map.of(ContributorDomain.HORMONAL,
				DomainStatus.POSSIBLE, ContributorDomain.BLADDER, DomainStatus.LIKELY), Set.of(Discipline.SEX_THERAPY),
				EVERYTHING);
		assertThat(suggestions).extracting(Suggestion::domain)
			.containsExactly(ContributorDomain.BLADDER, ContributorDomain.HORMONAL);
	}

}
