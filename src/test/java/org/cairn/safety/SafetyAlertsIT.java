package org.cairn.safety;

import org.cairn.questionnaires.ResponseJson;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SafetyAlertsIT extends IntegrationTest {

	String raiseAlert(PatientRecord patient) throws Exception {
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("phq9", ResponseJson.numbered(0, 1, 0, 0, 0, 0, 0, 0, 1))))
			.andExpect(status().isCreated());
		String list = mvc
			.perform(get("/api/v1/patients/{id}/alerts", patient.id()).header("Authorization", patient.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(list, "$[0].id");
	}

	ResultActions act(PatientRecord patient, String alert, String action, Person by, String body) throws Exception {
		var request = post("/api/v1/patients/{id}/alerts/{alert}/" + action, patient.id(), alert)
			.header("Authorization", by.bearer());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	@Test
	void aClinicianAcknowledgesThenResolvesAnAlertWithANote() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		String alert = raiseAlert(patient);

		act(patient, alert, "acknowledge", therapist, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("acknowledged"));
		act(patient, alert, "acknowledge", physio, null).andExpect(status().isConflict());
		act(patient, alert, "resolve", physio,
				"{\"note\": \"Phoned the patient: safe, with a plan, seeing their doctor today.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("resolved"));
		act(patient, alert, "resolve", physio, "{\"note\": \"Again.\"}").andExpect(status().isConflict());

		mvc.perform(get("/api/v1/patients/{id}/alerts", patient.id()).header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].status").value("resolved"))
			.andExpect(jsonPath("$[0].note").doesNotExist());
	}

	@Test
	void refusesAResolutionWithoutANoteAndKeepsTheAlertOpen() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		String alert = raiseAlert(patient);

		act(patient, alert, "resolve", physio, "{\"note\": \"   \"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.note").value(containsString("followed up")));
		act(patient, alert, "resolve", physio, "{}").andExpect(status().isUnprocessableContent());
		act(patient, alert, "resolve", physio, "{\"note\": \"" + "x".repeat(2001) + "\"}")
			.andExpect(status().isUnprocessableContent());
		act(patient, alert, "resolve", physio, "{\"note\": ").andExpect(status().isBadRequest());
		act(patient, "00000000-0000-4000-8000-000000000000", "resolve", physio, "{\"note\": \"Done.\"}")
			.andExpect(status().isNotFound());
		act(patient, "not-an-id", "acknowledge", physio, null).andExpect(status().isNotFound());
		act(patient, alert, "acknowledge", patient.person(), null).andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/patients/{id}/alerts", patient.id()).header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$[0].status").value("open"));
	}

	@Test
	void anAlertOnOnePatientCannotBeActedOnThroughAnother() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		PatientRecord other = data.patient(physio);
		String alert = raiseAlert(patient);

		act(other, alert, "acknowledge", physio, null).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patients/{id}/alerts", other.id()).header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void noAlertForAPhq9WithoutTheSelfHarmAnswer() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("phq9", ResponseJson.numbered(3, 3, 3, 3, 3, 3, 3, 3, 0))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.band").value("severe"))
			.andExpect(jsonPath("$.safety").doesNotExist());
		mvc.perform(get("/api/v1/patients/{id}/alerts", patient.id()).header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$").isEmpty());
	}

}
