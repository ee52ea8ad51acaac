package org.cairn.patients;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairn.platform.PatientId;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.CareTeam;
import org.cairn.team.Discipline;
import org.cairn.team.TeamMember;
import org.cairn.team.TeamStatus;
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

class CaseloadPagesIT extends IntegrationTest {

	private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]+)");

	@Autowired
	Patients patients;

	@Autowired
	CareTeam team;

	@Test
	void caseloadListsTheClinicianActivePatientsOnly() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord mine = data.patient(physio);
		PatientRecord theirs = data.patient(gyn);
		String myName = patients.find(mine.id()).orElseThrow().name();
		String theirName = patients.find(theirs.id()).orElseThrow().name();

		mvc.perform(get("/caseload").with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(myName)))
			.andExpect(content().string(containsString("href=\"/patients/" + mine.id() + "\"")))
			.andExpect(content().string(not(containsString(theirName))))
			.andExpect(content().string(containsString("href=\"/patients/new\"")));
	}

	@Test
	void anEmptyCaseloadSaysWhatToDoNext() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/caseload").with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No active patients yet.")))
			.andExpect(content().string(containsString("Invite a patient to start.")));
	}

	@Test
	void caseloadIsNotForPatients() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		mvc.perform(get("/caseload").with(as(patient.person()))).andExpect(status().isForbidden());
		mvc.perform(get("/patients/new").with(as(patient.person()))).andExpect(status().isForbidden());
	}

	@Test
	void invitingAPatientShowsTheLinkToGiveThem() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/patients/new").with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"email\">")));

		String page = mvc
			.perform(post("/patients/new").with(as(physio))
				.with(csrf())
				.param("name", "Robin Vale")
				.param("email", "robin@example.org")
				.param("language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invitation for Robin Vale is ready")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher link = INVITATION_LINK.matcher(page);
		assertThat(link.find()).isTrue();
		Patient invited = patients.invitation(link.group(1));
		assertThat(invited.legalName()).isEqualTo("Robin Vale");
		assertThat(invited.language().getLanguage()).isEqualTo("es");
		assertThat(team.activePatientsOf(physio.account().id())).contains(invited.id());
	}

	@Test
	void anInvitationWithABlankNameAndABadEmailIsShownAgainAndNoPatientIsMade() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(post("/patients/new").with(as(physio))
			.with(csrf())
			.param("name", "  ")
			.param("email", "not-an-email")
			.param("language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter the patient’s name")))
			.andExpect(content().string(containsString("Enter an email address such as name@example.org.")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		assertThat(team.activePatientsOf(physio.account().id())).isEmpty();
	}

	@Test
	void anInvitationWithATooLongNameOrAnUnknownLanguageIsRefused() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(post("/patients/new").with(as(physio))
			.with(csrf())
			.param("name", "n".repeat(201))
			.param("email", "ok@example.org")
			.param("language", "xx"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"language-error\"")));
		assertThat(team.activePatientsOf(physio.account().id())).isEmpty();
	}

	@Test
	void invitingWithoutTheCsrfTokenIsRefused() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(post("/patients/new").with(as(physio))
			.param("name", "Robin Vale")
			.param("email", "robin@example.org")
			.param("language", "en")).andExpect(status().isForbidden());
		assertThat(team.activePatientsOf(physio.account().id())).isEmpty();
	}

	@Test
	void theChartShowsTheTeamWithStatusesAndColleaguesToSuggest() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		Person gastro = data.clinician(Discipline.GASTROENTEROLOGY);
		PatientRecord patient = data.patient(physio, therapist);

		mvc.perform(get("/patients/{id}", patient.id()).with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sex therapy")))
			.andExpect(content().string(containsString("On your team")))
			.andExpect(content().string(containsString("value=\"" + gastro.account().id() + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + therapist.account().id() + "\""))));
	}

	@Test
	void anotherClinicianPatientChartIsNotFound() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord theirs = data.patient(data.clinician(Discipline.GYNECOLOGY));
		mvc.perform(get("/patients/{id}", theirs.id()).with(as(physio)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page")));
	}

	@Test
	void aMalformedOrUnknownChartIdIsNotFound() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/patients/{id}", "not-a-uuid").with(as(physio))).andExpect(status().isNotFound());
		mvc.perform(get("/patients/{id}", PatientId.random()).with(as(physio))).andExpect(status().isNotFound());
	}

	@Test
	void theChartIsNotForPatients() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		mvc.perform(get("/patients/{id}", patient.id()).with(as(patient.person()))).andExpect(status().isForbidden());
	}

	@Test
	void suggestingAColleagueWaitsForThePatient() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gastro = data.clinician(Discipline.GASTROENTEROLOGY);
		PatientRecord patient = data.patient(physio);

		mvc.perform(post("/patients/{id}/team", patient.id()).with(as(physio))
			.with(csrf())
			.param("clinicianId", gastro.account().id().toString()))
			.andExpect(redirectedUrl("/patients/" + patient.id() + "?suggested"));

		assertThat(statusOf(patient, gastro)).isEqualTo(TeamStatus.INVITED);
	}

	@Test
	void suggestingAnUnknownOrMalformedClinicianIsShownAgainAndNothingChanges() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		List<TeamMember> before = team.members(patient.id());

		mvc.perform(post("/patients/{id}/team", patient.id()).with(as(physio))
			.with(csrf())
			.param("clinicianId", "00000000-0000-4000-8000-000000000000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose a colleague from the list.")));
		mvc.perform(post("/patients/{id}/team", patient.id()).with(as(physio))
			.with(csrf())
			.param("clinicianId", "nonsense")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/patients/{id}/team", patient.id()).with(as(physio)).with(csrf()))
			.andExpect(status().isUnprocessableContent());

		assertThat(team.members(patient.id())).isEqualTo(before);
	}

	@Test
	void suggestingSomeoneAlreadyOnTheTeamIsShownAgain() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		mvc.perform(post("/patients/{id}/team", patient.id()).with(as(physio))
			.with(csrf())
			.param("clinicianId", therapist.account().id().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already on the team")));
	}

	@Test
	void aClinicianOutsideTheTeamCannotSuggestAnyone() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person outsider = data.clinician(Discipline.UROLOGY);
		PatientRecord patient = data.patient(physio);
		mvc.perform(post("/patients/{id}/team", patient.id()).with(as(outsider))
			.with(csrf())
			.param("clinicianId", outsider.account().id().toString())).andExpect(status().isNotFound());
		assertThat(team.members(patient.id())).hasSize(1);
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
