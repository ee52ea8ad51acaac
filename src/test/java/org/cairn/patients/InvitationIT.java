package org.cairn.patients;

import java.time.Duration;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.Person;
import org.cairn.team.CareTeam;
import org.cairn.team.Discipline;
import org.cairn.team.TeamStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvitationIT extends IntegrationTest {

	@Autowired
	JsonMapper json;

	@Autowired
	CareTeam team;

	@Test
	void aClinicianInvitesAPatientWhoSetsUpTheirAccountOnce() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		JsonNode invited = json.readTree(mvc
			.perform(post("/api/v1/patients").header("Authorization", physio.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Jamie Rivera\", \"email\": \"jamie@example.org\", \"language\": \"es\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String patientId = invited.get("patientId").asString();
		String token = invited.get("invitationToken").asString();
		assertThat(team.members(org.cairn.platform.PatientId.parse(patientId))).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(TeamStatus.ACTIVE))
			.satisfies(m -> assertThat(m.clinicianId()).isEqualTo(physio.account().id()));

		String username = "jamie" + TestData.unique();
		mvc.perform(post("/api/v1/invitations/{token}", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"a-long-password\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.patientId").value(patientId));
		mvc.perform(post("/api/v1/invitations/{token}", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"other" + TestData.unique() + "\", \"password\": \"a-long-password\"}"))
			.andExpect(status().isGone());

		String bearer = "Bearer " + data.tokenFor(username, "a-long-password");
		mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(jsonPath("$.patientId").value(patientId));
		mvc.perform(put("/api/v1/patients/{id}/profile", patientId).header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"preferredName\": \"Jay\", \"pronouns\": \"he/him\", \"dateOfBirth\": \"1994-06-01\", "
					+ "\"timeZone\": \"America/Mexico_City\", \"language\": \"es\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preferredName").value("Jay"))
			.andExpect(jsonPath("$.name").value("Jamie Rivera"));
		mvc.perform(get("/api/v1/patients/{id}/profile", patientId).header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$.pronouns").value("he/him"))
			.andExpect(jsonPath("$.timeZone").value("America/Mexico_City"));
	}

	@Test
	void anInvitationExpiresAfterTwoWeeks() throws Exception {
		var invited = data.invitedPatient(data.clinician(Discipline.GYNECOLOGY));
		clock.advance(Patients.INVITATION_LIFETIME.plus(Duration.ofMinutes(1)));
		try {
			mvc.perform(post("/api/v1/invitations/{token}", invited.invitationToken())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"late" + TestData.unique() + "\", \"password\": \"a-long-password\"}"))
				.andExpect(status().isGone());
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aTakenUsernameIsRefusedAndTheInvitationStaysUsable() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		var invited = data.invitedPatient(gyn);
		mvc.perform(
				post("/api/v1/invitations/{token}", invited.invitationToken()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\": \"" + gyn.username() + "\", \"password\": \"a-long-password\"}"))
			.andExpect(status().isConflict());
		mvc.perform(
				post("/api/v1/invitations/{token}", invited.invitationToken()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\": \"fresh" + TestData.unique() + "\", \"password\": \"a-long-password\"}"))
			.andExpect(status().isCreated());
	}

}
