package org.cairn.team;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.Person;
import org.cairn.support.TestData.PatientRecord;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CareTeamApiIT extends IntegrationTest {

	@Test
	void teamMemberReadsTheTeamAcrossPractices() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord patient = data.patient(physio, therapist, gyn);

		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", physio.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[*].discipline", containsInAnyOrder("pelvic-floor-pt", "sex-therapy", "gynecology")))
			.andExpect(jsonPath("$[0].status").value("active"));
	}

	@Test
	void clinicianOutsideTheTeamIsToldThePatientDoesNotExist() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord onlyWithGyn = data.patient(gyn);

		String hidden = mvc
			.perform(get("/api/v1/patients/{id}/team", onlyWithGyn.id()).header("Authorization", physio.bearer()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String missing = mvc
			.perform(get("/api/v1/patients/{id}/team", "00000000-0000-4000-8000-000000000000").header("Authorization",
					physio.bearer()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(hidden.replace(onlyWithGyn.id().toString(), "ID"))
			.isEqualTo(missing.replace("00000000-0000-4000-8000-000000000000", "ID"));
	}

	@Test
	void colleagueJoinsOnlyWhenThePatientAccepts() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gastro = data.clinician(Discipline.GASTROENTEROLOGY);
		PatientRecord patient = data.patient(physio);

		mvc.perform(post("/api/v1/patients/{id}/team", patient.id()).header("Authorization", physio.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"clinicianId\": \"" + gastro.account().id() + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("invited"));
		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", gastro.bearer()))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/patients/{id}/team/{c}/accept", patient.id(), gastro.account().id())
			.header("Authorization", patient.bearer())).andExpect(status().isOk());

		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", gastro.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void endingAMembershipStopsAccessAtOnce() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord patient = data.patient(physio, gyn);

		mvc.perform(post("/api/v1/patients/{id}/team/{c}/end", patient.id(), gyn.account().id()).header("Authorization",
				patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ended"));

		mvc.perform(get("/api/v1/patients/{id}/team", patient.id()).header("Authorization", gyn.bearer()))
			.andExpect(status().isNotFound());
	}

}
