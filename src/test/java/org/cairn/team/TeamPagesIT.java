package org.cairn.team;

import java.util.List;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TeamPagesIT extends IntegrationTest {

	@Autowired
	CareTeam team;

	@Test
	void thePatientSeesTheirTeamAndASuggestionWaitingForAnAnswer() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gastro = data.clinician(Discipline.GASTROENTEROLOGY);
		PatientRecord patient = data.patient(physio);
		team.invite(patient.id(), gastro.account().id(), physio.account().id());

		mvc.perform(get("/team").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pelvic floor physical therapy")))
			.andExpect(content().string(containsString("Waiting for your answer")))
			.andExpect(content().string(containsString("action=\"/team/" + gastro.account().id() + "/accept\"")))
			.andExpect(content().string(containsString("action=\"/team/" + gastro.account().id() + "/decline\"")))
			.andExpect(content().string(containsString("href=\"/team/" + physio.account().id() + "/end\"")));
	}

	@Test
	void acceptingASuggestionAsksThePatientWhatTheNewMemberSees() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gastro = data.clinician(Discipline.GASTROENTEROLOGY);
		PatientRecord patient = data.patient(physio);
		team.invite(patient.id(), gastro.account().id(), physio.account().id());

		mvc.perform(post("/team/{c}/accept", gastro.account().id()).with(as(patient.person())).with(csrf()))
			.andExpect(redirectedUrl("/privacy?added=" + gastro.account().id()));
		assertThat(statusOf(patient, gastro)).isEqualTo(TeamStatus.ACTIVE);

		mvc.perform(get("/privacy").param("added", gastro.account().id().toString()).with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is now on your team. Please choose what")));
	}

	@Test
	void decliningASuggestionKeepsThePersonOff() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gastro = data.clinician(Discipline.GASTROENTEROLOGY);
		PatientRecord patient = data.patient(physio);
		team.invite(patient.id(), gastro.account().id(), physio.account().id());

		mvc.perform(post("/team/{c}/decline", gastro.account().id()).with(as(patient.person())).with(csrf()))
			.andExpect(redirectedUrl("/team?declined"));
		assertThat(statusOf(patient, gastro)).isEqualTo(TeamStatus.DECLINED);
	}

	@Test
	void endingAMembershipAsksFirstInPlainWords() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);

		mvc.perform(get("/team/{c}/end", therapist.account().id()).with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("will stop seeing your record right away")))
			.andExpect(content().string(containsString("Nothing is deleted.")));
		assertThat(statusOf(patient, therapist)).isEqualTo(TeamStatus.ACTIVE);

		mvc.perform(post("/team/{c}/end", therapist.account().id()).with(as(patient.person())).with(csrf()))
			.andExpect(redirectedUrl("/team?ended"));
		assertThat(statusOf(patient, therapist)).isEqualTo(TeamStatus.ENDED);
	}

	@Test
	void acceptingWhatWasNeverSuggestedChangesNothing() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person stranger = data.clinician(Discipline.UROLOGY);
		PatientRecord patient = data.patient(physio);
		List<TeamMember> before = team.members(patient.id());

		mvc.perform(post("/team/{c}/accept", stranger.account().id()).with(as(patient.person())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("That change could not be made")));
		mvc.perform(post("/team/{c}/accept", "not-an-id").with(as(patient.person())).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(
				post("/team/{c}/end", "00000000-0000-4000-8000-000000000000").with(as(patient.person())).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/team/{c}/end", stranger.account().id()).with(as(patient.person())))
			.andExpect(status().isNotFound());
		assertThat(team.members(patient.id())).isEqualTo(before);
	}

	@Test
	void endingWithoutTheCsrfTokenIsRefused() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		mvc.perform(post("/team/{c}/end", therapist.account().id()).with(as(patient.person())))
			.andExpect(status().isForbidden());
		assertThat(statusOf(patient, therapist)).isEqualTo(TeamStatus.ACTIVE);
	}

	@Test
	void theTeamPageIsOnlyForPatients() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		mvc.perform(get("/team").with(as(physio))).andExpect(status().isForbidden());
		mvc.perform(post("/team/{c}/end", physio.account().id()).with(as(physio)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(statusOf(patient, physio)).isEqualTo(TeamStatus.ACTIVE);
	}

	private TeamStatus statusOf(PatientRecord patient, Person clinician) {
		return team.members(patient.id())
			.stream()
			.filter(m -> m.clinicianId().equals(clinician.account().id()))
			.findFirst()
			.orElseThrow()
			.status();
	}

}
