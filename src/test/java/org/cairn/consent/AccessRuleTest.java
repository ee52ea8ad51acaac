package org.cairn.consent;

import java.util.Map;

import org.cairn.consent.AccessRule.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRuleTest {

	@Test
	void patientSeesEveryPartOfTheirOwnRecord() {
		for (DataCategory category : DataCategory.values()) {
			assertThat(AccessRule.decide(true, false, category, false)).isEqualTo(Decision.ALLOWED);
		}
	}

	@Test
	void activeMemberAlwaysSeesTheCoreButOtherCategoriesOnlyWhenShared() {
		assertThat(AccessRule.decide(false, true, DataCategory.CORE, false)).isEqualTo(Decision.ALLOWED);
		assertThat(AccessRule.decide(false, true, DataCategory.EXAM_FINDINGS, true)).isEqualTo(Decision.ALLOWED);
		assertThat(AccessRule.decide(false, true, DataCategory.TRAUMA_HISTORY, false)).isEqualTo(Decision.FORBIDDEN);
	}

	@Test
	void someoneOffTheTeamIsNotToldTheRecordExists() {
		assertThat(AccessRule.decide(false, false, DataCategory.CORE, false)).isEqualTo(Decision.HIDDEN);
		assertThat(AccessRule.decide(false, false, DataCategory.DIARY, true)).isEqualTo(Decision.HIDDEN);
	}

	@Test
	void aNewTeamMemberSeesThePlanHomeProgramAndDiaryUntilThePatientDecidesOtherwise() {
		Sharing undecided = Sharing.from(Map.of());
		assertThat(undecided.allows(DataCategory.CARE_PLAN)).isTrue();
		assertThat(undecided.allows(DataCategory.HOME_PROGRAM)).isTrue();
		assertThat(undecided.allows(DataCategory.DIARY)).isTrue();
		assertThat(undecided.allows(DataCategory.MEDICAL_HISTORY)).isFalse();
		assertThat(undecided.awaitsDecision()).isTrue();
	}

	@Test
	void traumaHistoryIsNeverSharedByDefault() {
		assertThat(DataCategory.TRAUMA_HISTORY.sharedByDefault()).isFalse();
		assertThat(Sharing.from(Map.of()).allows(DataCategory.TRAUMA_HISTORY)).isFalse();
		assertThat(Sharing.from(Map.of(DataCategory.TRAUMA_HISTORY, true)).allows(DataCategory.TRAUMA_HISTORY))
			.isTrue();
	}

	@Test
	void withdrawingADefaultCategoryTakesEffect() {
		Sharing withdrawn = Sharing.from(Map.of(DataCategory.DIARY, false));
		assertThat(withdrawn.allows(DataCategory.DIARY)).isFalse();
		assertThat(withdrawn.decided().get(DataCategory.DIARY)).isTrue();
	}

	@Test
	void categoryCodesMatchTheDataDictionary() {
		assertThat(DataCategory.values()).extracting(DataCategory::code)
			.containsExactly("core", "medical-history", "sexual-function", "bowel-bladder", "trauma-history",
					"mental-health", "diary", "home-program", "exam-findings", "clinical-notes", "care-plan",
					"messages");
	}

}
