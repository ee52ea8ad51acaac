package org.cairn.consent;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PrivacyPagesIT extends IntegrationTest {

	@Autowired
	SharingGrants grants;

	@Test
	void eachTeamMemberHasATableOfWhatTheyMaySeeWithUndecidedPartsSaidInWords() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);

		mvc.perform(get("/privacy").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What Clinician pelvic-floor-pt may see")))
			.andExpect(content().string(containsString("Not decided yet. Not shared until you choose.")))
			.andExpect(content().string(containsString("Always shared with people on your team")))
			.andExpect(content().string(containsString("value=\"core\" checked disabled")))
			.andExpect(content().string(containsString("href=\"/privacy/access-log\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void savingAMemberFormDecidesEveryCategoryForThatMember() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);

		mvc.perform(post("/privacy").with(as(patient.person()))
			.with(csrf())
			.param("clinicianId", physio.account().id().toString())
			.param("share", "diary", "medical-history")).andExpect(redirectedUrl("/privacy?saved"));

		Sharing sharing = grants.with(patient.id(), physio.account().id());
		assertThat(sharing.allows(DataCategory.MEDICAL_HISTORY)).isTrue();
		assertThat(sharing.allows(DataCategory.DIARY)).isTrue();
		assertThat(sharing.allows(DataCategory.CARE_PLAN)).isFalse();
		assertThat(sharing.allows(DataCategory.CORE)).isTrue();
		assertThat(sharing.awaitsDecision()).isFalse();
	}

	@Test
	void sharingWithSomeoneNotOnTheTeamOrAnUnknownCategoryIsShownAgainAndNothingChanges() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person stranger = data.clinician(Discipline.UROLOGY);
		PatientRecord patient = data.patient(physio);
		Sharing before = grants.with(patient.id(), physio.account().id());

		mvc.perform(post("/privacy").with(as(patient.person()))
			.with(csrf())
			.param("clinicianId", stranger.account().id().toString())
			.param("share", "medical-history"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("That could not be saved. Nothing was changed.")));
		mvc.perform(post("/privacy").with(as(patient.person()))
			.with(csrf())
			.param("clinicianId", physio.account().id().toString())
			.param("share", "medical-history", "everything")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/privacy").with(as(patient.person()))
			.with(csrf())
			.param("clinicianId", "garbage")
			.param("share", "medical-history")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/privacy").with(as(patient.person())).with(csrf()))
			.andExpect(status().isUnprocessableContent());

		assertThat(grants.with(patient.id(), physio.account().id())).isEqualTo(before);
		assertThat(grants.with(patient.id(), stranger.account().id()).allows(DataCategory.MEDICAL_HISTORY)).isFalse();
	}

	@Test
	void savingWithoutTheCsrfTokenIsRefused() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		mvc.perform(post("/privacy").with(as(patient.person()))
			.param("clinicianId", physio.account().id().toString())
			.param("share", "medical-history")).andExpect(status().isForbidden());
		assertThat(grants.with(patient.id(), physio.account().id()).allows(DataCategory.MEDICAL_HISTORY)).isFalse();
	}

	@Test
	void thePrivacyPageIsOnlyForPatients() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		mvc.perform(get("/privacy").with(as(physio))).andExpect(status().isForbidden());
		mvc.perform(post("/privacy").with(as(physio))
			.with(csrf())
			.param("clinicianId", physio.account().id().toString())
			.param("share", "trauma-history")).andExpect(status().isForbidden());
		assertThat(grants.with(patient.id(), physio.account().id()).allows(DataCategory.TRAUMA_HISTORY)).isFalse();
	}

}
