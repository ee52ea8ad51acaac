package org.cairn.contributors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cairn.assessment.Finding;
import org.cairn.questionnaires.ConceptAnswer;
import org.cairn.questionnaires.Intake;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.contributors.ContributorDomain.BLADDER;
import static org.cairn.contributors.ContributorDomain.BOWEL;
import static org.cairn.contributors.ContributorDomain.FEAR_AND_AVOIDANCE;
import static org.cairn.contributors.ContributorDomain.GYNECOLOGIC_CONDITION;
import static org.cairn.contributors.ContributorDomain.HORMONAL;
import static org.cairn.contributors.ContributorDomain.MOVEMENT_AND_POSTURE;
import static org.cairn.contributors.ContributorDomain.NERVOUS_SYSTEM_SENSITIZATION;
import static org.cairn.contributors.ContributorDomain.PELVIC_FLOOR_MUSCLE;
import static org.cairn.contributors.ContributorDomain.POSTPARTUM_RECOVERY;
import static org.cairn.contributors.ContributorDomain.RELATIONSHIP_AND_INTIMACY;
import static org.cairn.contributors.ContributorDomain.STRESS_AND_MOOD;
import static org.cairn.contributors.ContributorDomain.TRAUMA;
import static org.cairn.contributors.DomainStatus.LIKELY;
import static org.cairn.contributors.DomainStatus.NOT_INDICATED;
import static org.cairn.contributors.DomainStatus.POSSIBLE;
import static org.cairn.contributors.DomainStatus.UNKNOWN;

/**
 * Patient stories, each with the areas the map must show and those it must not. The
 * people are made up; the rules are CLINICAL.md section 3.
 */
class ContributorRulesTest {

	/** Intake answers by concept, built as a story reads. */
	static final class Story {

		private final Map<String, ConceptAnswer> answers = new LinkedHashMap<>();

		private final Map<String, BigDecimal> scores = new LinkedHashMap<>();

		private final List<Finding> findings = new ArrayList<>();

		Story yes(String... concepts) {
			for (String c : concepts) {
				answers.put(c, new ConceptAnswer(ConceptAnswer.State.ANSWERED, List.of(true)));
			}
			return this;
		}

		Story no(String... concepts) {
			for (String c : concepts) {
				answers.put(c, new ConceptAnswer(ConceptAnswer.State.ANSWERED, List.of(false)));
			}
			return this;
		}

		Story declined(String... concepts) {
			for (String c : concepts) {
				answers.put(c, new ConceptAnswer(ConceptAnswer.State.DECLINED, List.of()));
			}
			return this;
		}

		Story number(String concept, int value) {
			answers.put(concept, new ConceptAnswer(ConceptAnswer.State.ANSWERED, List.of(value)));
			return this;
		}

		Story codes(String concept, String... codes) {
			answers.put(concept, new ConceptAnswer(ConceptAnswer.State.ANSWERED, List.of((Object[]) codes)));
			return this;
		}

		Story score(String instrument, int total) {
			scores.put(instrument, BigDecimal.valueOf(total));
			return this;
		}

		Story finding(String code, Integer value, boolean internal) {
			findings.add(new Finding(code, value, code + " noted", internal, Instant.parse("2026-10-01T10:00:00Z")));
			return this;
		}

		Map<ContributorDomain, DomainStatus> map() {
			Intake intake = answers.isEmpty() ? null
					: new Intake(UUID.randomUUID(), Instant.parse("2026-09-01T10:00:00Z"), answers);
			Map<ContributorDomain, DomainStatus> statuses = new java.util.EnumMap<>(ContributorDomain.class);
			ContributorRules.evaluate(new Inputs(intake, scores, findings))
				.forEach(r -> statuses.put(r.domain(), r.status()));
			return statuses;
		}

		List<DomainResult> results() {
			Intake intake = new Intake(UUID.randomUUID(), Instant.parse("2026-09-01T10:00:00Z"), answers);
			return ContributorRules.evaluate(new Inputs(intake, scores, findings));
		}

	}

	@Test
	void postpartumWithATearAndPainSinceBirthPointsToRecoveryHormonesAndThePelvicFloor() {
		var map = new Story().yes("given-birth", "birth-tear", "pain-since-birth", "breastfeeding", "vaginal-dryness")
			.number("months-since-birth", 7)
			.codes("pain-activities", "penetration")
			.no("pain-sitting", "pelvic-tightness", "cesarean")
			.map();

		assertThat(map.get(POSTPARTUM_RECOVERY)).isEqualTo(LIKELY);
		assertThat(map.get(HORMONAL)).isEqualTo(LIKELY);
		assertThat(map.get(PELVIC_FLOOR_MUSCLE)).isEqualTo(POSSIBLE);
		assertThat(map.get(BOWEL)).isEqualTo(UNKNOWN);
		assertThat(map.get(TRAUMA)).isEqualTo(UNKNOWN);
	}

	@Test
	void provokedVestibulodyniaWithFearAndAvoidance() {
		var map = new Story().codes("pain-activities", "penetration", "tampon", "pelvic-exam")
			.codes("pain-location", "superficial")
			.yes("pelvic-tightness", "dx-vulvodynia", "anticipate-pain", "avoid-intimacy", "bracing",
					"pain-light-touch")
			.no("pain-sitting", "bowel-constipation", "bowel-straining", "bowel-pain", "dx-ibs", "dx-ibd")
			.map();

		assertThat(map.get(PELVIC_FLOOR_MUSCLE)).isEqualTo(LIKELY);
		assertThat(map.get(GYNECOLOGIC_CONDITION)).isEqualTo(LIKELY);
		assertThat(map.get(FEAR_AND_AVOIDANCE)).isEqualTo(LIKELY);
		assertThat(map.get(NERVOUS_SYSTEM_SENSITIZATION)).isEqualTo(POSSIBLE);
		assertThat(map.get(BOWEL)).isEqualTo(NOT_INDICATED);
	}

	@Test
	void suspectedEndometriosisWithBowelSymptoms() {
		var map = new Story().codes("pain-location", "deep")
			.yes("suspected-endometriosis", "period-pain", "bowel-pain", "bowel-constipation")
			.no("bladder-urgency", "bladder-frequency", "bladder-pain-filling")
			.map();

		assertThat(map.get(GYNECOLOGIC_CONDITION)).isEqualTo(LIKELY);
		assertThat(map.get(BOWEL)).isEqualTo(LIKELY);
		assertThat(map.get(BLADDER)).isEqualTo(NOT_INDICATED);
		assertThat(map.get(PELVIC_FLOOR_MUSCLE)).isNotIn(LIKELY, POSSIBLE);
	}

	@Test
	void interstitialCystitisWithPainAsTheBladderFills() {
		var map = new Story().yes("dx-interstitial-cystitis").no("bladder-pain-filling", "bowel-constipation").map();
		var withFilling = new Story().yes("bladder-pain-filling").no("bowel-constipation").map();

		assertThat(map.get(BLADDER)).as("a confirmed diagnosis alone").isEqualTo(LIKELY);
		assertThat(withFilling.get(BLADDER)).as("one symptom").isEqualTo(POSSIBLE);
		assertThat(map.get(BOWEL)).isEqualTo(NOT_INDICATED);
	}

	@Test
	void lowMoodAndRelationshipStrain() {
		var map = new Story().yes("has-partner", "relationship-strain", "sex-off-table")
			.no("partner-communication-difficulty")
			.number("stress-level", 4)
			.score("phq9", 14)
			.score("gad7", 6)
			.map();

		assertThat(map.get(STRESS_AND_MOOD)).as("PHQ-9 14 is one indicator").isEqualTo(POSSIBLE);
		assertThat(map.get(RELATIONSHIP_AND_INTIMACY)).isEqualTo(LIKELY);
		assertThat(map.get(TRAUMA)).isEqualTo(UNKNOWN);
	}

	@Test
	void someoneWhoDeclinesEverySensitiveQuestionIsUnknownNotNotIndicated() {
		var map = new Story()
			.declined("bowel-constipation", "bowel-straining", "bowel-pain", "dx-ibs", "dx-ibd", "has-partner",
					"anticipate-pain", "avoid-intimacy", "bracing", "something-wrong-with-me", "trauma-opt-in",
					"stress-level")
			.map();

		assertThat(map.get(BOWEL)).isEqualTo(UNKNOWN);
		assertThat(map.get(RELATIONSHIP_AND_INTIMACY)).isEqualTo(UNKNOWN);
		assertThat(map.get(FEAR_AND_AVOIDANCE)).isEqualTo(UNKNOWN);
		assertThat(map.get(TRAUMA)).isEqualTo(UNKNOWN);
		assertThat(map.get(STRESS_AND_MOOD)).isEqualTo(UNKNOWN);
	}

	@Test
	void someoneWhoAnsweredNoToEverythingIsNotIndicatedWhereAsked() {
		var map = new Story().codes("pain-activities")
			.number("pain-after-hours", 0)
			.number("stress-level", 2)
			.no("pain-sitting", "pelvic-tightness", "emptying-difficulty", "pain-light-touch", "pain-other-regions",
					"pain-fluctuates", "bladder-urgency", "bladder-frequency", "bowel-constipation", "given-birth",
					"perimenopause", "hormonal-contraception", "dx-endometriosis", "period-pain", "hip-back-pain",
					"movement-pain", "breath-holding", "anticipate-pain", "avoid-intimacy", "has-partner",
					"trauma-shared")
			.score("phq9", 3)
			.map();

		assertThat(map.values()).containsOnly(NOT_INDICATED);
	}

	@Test
	void aClinicianFindingAloneMakesThePelvicFloorLikely() {
		var map = new Story().finding("pf-tone-raised", null, false).map();

		assertThat(map.get(PELVIC_FLOOR_MUSCLE)).isEqualTo(LIKELY);
		assertThat(map.get(MOVEMENT_AND_POSTURE)).as("an examination that found nothing here").isEqualTo(NOT_INDICATED);
		assertThat(map.get(BOWEL)).isEqualTo(UNKNOWN);
	}

	@Test
	void marinoffTwoIsAnIndicatorAndMarinoffOneIsNot() {
		assertThat(new Story().finding("marinoff", 2, false).map().get(PELVIC_FLOOR_MUSCLE)).isEqualTo(LIKELY);
		assertThat(new Story().score("marinoff", 1).map().get(PELVIC_FLOOR_MUSCLE)).isEqualTo(NOT_INDICATED);
	}

	@Test
	void traumaSharedBehindTheOptInAndAPcl5AtTheFollowUpThresholdMakeTraumaLikely() {
		assertThat(new Story().yes("trauma-opt-in", "trauma-shared").map().get(TRAUMA)).isEqualTo(POSSIBLE);
		assertThat(new Story().yes("trauma-opt-in", "trauma-shared").score("pcl5", 31).map().get(TRAUMA))
			.isEqualTo(LIKELY);
		assertThat(new Story().score("pcl5", 30).map().get(TRAUMA)).isEqualTo(NOT_INDICATED);
		assertThat(new Story().no("trauma-opt-in").map().get(TRAUMA)).as("chose not to open the section")
			.isEqualTo(UNKNOWN);
	}

	@Test
	void painThatLastsHoursAfterAndLightTouchPainSuggestSensitization() {
		var results = new Story().number("pain-after-hours", 3).yes("pain-light-touch").results();
		DomainResult sensitization = results.stream()
			.filter(r -> r.domain() == NERVOUS_SYSTEM_SENSITIZATION)
			.findFirst()
			.orElseThrow();

		assertThat(sensitization.status()).isEqualTo(LIKELY);
		assertThat(sensitization.evidence()).extracting(Evidence::indicator)
			.containsExactly("pain-lasts-after", "light-touch-pain");
		assertThat(sensitization.evidence().get(0).args()).containsExactly(3);
	}

	@Test
	void aBirthMoreThanTwoYearsAgoIsNoLongerPostpartum() {
		var map = new Story().yes("given-birth").number("months-since-birth", 30).no("birth-tear", "cesarean").map();

		assertThat(map.get(POSTPARTUM_RECOVERY)).isEqualTo(NOT_INDICATED);
		assertThat(map.get(HORMONAL)).isEqualTo(NOT_INDICATED);
	}

	@Test
	void everyIndicatorHasAUniqueIdAndEveryDomainHasAnIndicator() {
		assertThat(ContributorRules.TABLE).extracting(ContributorRules.Indicator::id).doesNotHaveDuplicates();
		assertThat(ContributorRules.TABLE).extracting(ContributorRules.Indicator::domain)
			.containsAll(List.of(ContributorDomain.values()));
	}

	@Test
	void noIntakeAtAllLeavesEveryDomainUnknown() {
		assertThat(ContributorRules.evaluate(Inputs.none())).extracting(DomainResult::status).containsOnly(UNKNOWN);
	}

}
