package org.cairn.referrals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cairn.careplan.Intervention;
import org.cairn.consent.DataCategory;
import org.cairn.contributors.ContributorDomain;
import org.cairn.contributors.DomainStatus;
import org.cairn.contributors.PainProfile;
import org.cairn.platform.AccountId;
import org.cairn.questionnaires.ScorePoint;
import org.cairn.questionnaires.scoring.DomainScore;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PacketsTest {

	/**
	 * Alex: provoked, superficial pain; bowel and pelvic floor likely, stress and mood
	 * likely, a past experience shared (trauma possible), bladder not asked; PHQ-9 and
	 * FSFI over two months (the first FSFI with no sexual activity), a PFDI-20, and a
	 * plan with one active and one stopped intervention.
	 */
	private static Packets.Source alex() {
		PainProfile profile = new PainProfile("superficial", "provoked", "secondary", "persistent", List.of("burning"),
				List.of("penetration", "tampon"));
		Map<ContributorDomain, DomainStatus> areas = Map.of(ContributorDomain.BOWEL, DomainStatus.LIKELY,
				ContributorDomain.PELVIC_FLOOR_MUSCLE, DomainStatus.LIKELY, ContributorDomain.STRESS_AND_MOOD,
				DomainStatus.LIKELY, ContributorDomain.TRAUMA, DomainStatus.POSSIBLE, ContributorDomain.BLADDER,
				DomainStatus.UNKNOWN, ContributorDomain.HORMONAL, DomainStatus.NOT_INDICATED);
		Map<String, List<ScorePoint>> scores = Map.of("phq9",
				List.of(point("phq9", "2026-01-05T10:00:00Z", "11", "moderate", false),
						point("phq9", "2026-02-02T10:00:00Z", "8", "mild", false)),
				"fsfi",
				List.of(point("fsfi", "2026-01-05T10:00:00Z", "2.0", "sexual-difficulty", true),
						point("fsfi", "2026-02-02T10:00:00Z", "18.4", "sexual-difficulty", false)),
				"pfdi20", List.of(point("pfdi20", "2026-01-05T10:00:00Z", "62.5", null, false)), "imported-x",
				List.of(point("imported-x", "2026-01-05T10:00:00Z", "3", null, false)));
		Map<String, DataCategory> categories = Map.of("phq9", DataCategory.MENTAL_HEALTH, "fsfi",
				DataCategory.SEXUAL_FUNCTION, "pfdi20", DataCategory.BOWEL_BLADDER, "nrs-pain",
				DataCategory.MEDICAL_HISTORY);
		List<Intervention> plan = List
			.of(new Intervention(UUID.randomUUID(), Discipline.PELVIC_FLOOR_PT, AccountId.random(),
					"Down-training and breathing", "twice a week", Set.of(ContributorDomain.PELVIC_FLOOR_MUSCLE), true),
					new Intervention(UUID.randomUUID(), Discipline.SEX_THERAPY, AccountId.random(), "Stopped work",
							"weekly", Set.of(), false));
		return new Packets.Source(profile, "Provoked, superficial, secondary dyspareunia", areas, scores, categories,
				plan);
	}

	private static ScorePoint point(String instrument, String at, String total, String band, boolean noActivity) {
		return new ScorePoint(UUID.randomUUID(), instrument, Instant.parse(at), new BigDecimal(total), band,
				Map.of("pain", new DomainScore(noActivity ? BigDecimal.ZERO : BigDecimal.ONE, noActivity)));
	}

	@Test
	void neverCarriesAnItemOfACategoryThatWasNotApproved() {
		List<DataCategory> carried = new ArrayList<>(Packets.CARRIED);
		// Every one of the 128 combinations of the seven categories a packet can carry.
		for (int mask = 0; mask < 1 << carried.size(); mask++) {
			Set<DataCategory> approved = EnumSet.noneOf(DataCategory.class);
			for (int i = 0; i < carried.size(); i++) {
				if ((mask & 1 << i) != 0) {
					approved.add(carried.get(i));
				}
			}
			List<PacketItem> items = Packets.compose(alex(), approved);
			assertThat(items).extracting(PacketItem::category).as("items for %s", approved).isSubsetOf(approved);
		}
	}

	@Test
	void bowelAndBladderAloneCarriesTheBowelAreaAndThePfdi20Only() {
		List<PacketItem> items = Packets.compose(alex(), Set.of(DataCategory.BOWEL_BLADDER));
		assertThat(items).extracting(PacketItem::kind).containsExactly("area", "scores");
		assertThat(items.get(0).body()).containsEntry("domain", "bowel").containsEntry("status", "likely");
		assertThat(items.get(1).body()).containsEntry("instrument", "pfdi20");
	}

	@Test
	void theTraumaAreaGoesOnlyWithTraumaHistory() {
		assertThat(Packets.compose(alex(), EnumSet.complementOf(EnumSet.of(DataCategory.TRAUMA_HISTORY))))
			.noneMatch(i -> "trauma".equals(i.get("domain")));
		assertThat(Packets.compose(alex(), Set.of(DataCategory.TRAUMA_HISTORY))).singleElement()
			.satisfies(i -> assertThat(i.body()).containsEntry("domain", "trauma").containsEntry("status", "possible"));
	}

	@Test
	void medicalHistoryCarriesThePainProfileAndAreasButNoAreaThatWasNotAsked() {
		List<PacketItem> items = Packets.compose(alex(), Set.of(DataCategory.MEDICAL_HISTORY));
		assertThat(items).first().satisfies(i -> {
			assertThat(i.kind()).isEqualTo("pain-profile");
			assertThat(i.body()).containsEntry("location", "superficial")
				.containsEntry("summary", "Provoked, superficial, secondary dyspareunia");
		});
		assertThat(items).extracting(i -> i.get("domain")).containsExactly(null, "pelvic-floor-muscle", "hormonal");
	}

	@Test
	void showsAnFsfiWithNoActivityAsSuchAndNeverAsAScore() {
		PacketItem fsfi = Packets.compose(alex(), Set.of(DataCategory.SEXUAL_FUNCTION))
			.stream()
			.filter(i -> "fsfi".equals(i.get("instrument")))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> points = (List<Map<String, Object>>) fsfi.get("points");
		assertThat(points.get(0)).containsEntry("noActivity", true).doesNotContainKeys("total", "band");
		assertThat(points.get(1)).containsEntry("total", "18.4").containsEntry("date", "2026-02-02");
	}

	@Test
	void leavesOutAScoreWhoseCategoryIsUnknown() {
		assertThat(Packets.compose(alex(), Packets.CARRIED)).noneMatch(i -> "imported-x".equals(i.get("instrument")));
	}

	@Test
	void theCarePlanCarriesActiveInterventionsOrSaysThereIsNoPlanYet() {
		PacketItem plan = Packets.compose(alex(), Set.of(DataCategory.CARE_PLAN)).get(0);
		assertThat((List<?>) plan.get("interventions")).hasSize(1);
		Packets.Source empty = new Packets.Source(PainProfile.empty(), "", Map.of(), Map.of(), Map.of(), List.of());
		assertThat(Packets.compose(empty, Set.of(DataCategory.CARE_PLAN))).singleElement()
			.satisfies(i -> assertThat((List<?>) i.get("interventions")).isEmpty());
	}

	@Test
	void carriesNothingForNoCategoriesAndNeverCategoriesOutsideThePacket() {
		assertThat(Packets.compose(alex(), Set.of())).isEmpty();
		assertThat(Packets.compose(alex(), Set.of(DataCategory.DIARY, DataCategory.MESSAGES, DataCategory.CORE)))
			.isEmpty();
	}

}
