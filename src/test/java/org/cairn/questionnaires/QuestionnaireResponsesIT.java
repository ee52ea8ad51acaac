package org.cairn.questionnaires;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.questionnaires.ResponseJson.numbered;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class QuestionnaireResponsesIT extends IntegrationTest {

	/**
	 * The FSFI worked example of FsfiTest: domains 4.2, 4.2, 4.8, 3.6, 4.4, 2.8; total
	 * 24.0.
	 */
	static final Map<String, Object> FSFI_WORKED = numbered(4, 3, 4, 3, 4, 3, 5, 4, 4, 3, 3, 2, 4, 4, 3, 4, 2, 3, 2);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SharingGrants sharing;

	MockHttpServletResponse submit(PatientRecord patient, String bearer, String body) throws Exception {
		return mvc
			.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	long stored(PatientRecord patient) {
		return jdbc.sql("select count(*) from questionnaires_response where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	long alerts(PatientRecord patient) {
		return jdbc.sql("select count(*) from safety_alert where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	void share(PatientRecord patient, Person clinician, DataCategory... categories) {
		Map<DataCategory, Boolean> grants = new EnumMap<>(DataCategory.class);
		for (DataCategory category : categories) {
			grants.put(category, true);
		}
		sharing.decide(patient.person().actor(), patient.id(), clinician.account().id(), grants);
	}

	@Test
	void listsEveryInstrumentWithItsAnswerableItemsAndServesItsQuestionnaire() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/api/v1/instruments").header("Authorization", physio.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'fsfi')].items").value(19))
			.andExpect(jsonPath("$[?(@.code == 'pfdi20')].items").value(20))
			.andExpect(jsonPath("$[?(@.code == 'nrs-pain')].items").value(6))
			.andExpect(jsonPath("$[?(@.code == 'marinoff')].items").value(1))
			.andExpect(jsonPath("$[?(@.code == 'cairn-intake')].title").value("Getting to know you (intake)"));
		mvc.perform(get("/api/v1/instruments/phq9").header("Authorization", physio.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
			.andExpect(jsonPath("$.resourceType").value("Questionnaire"))
			.andExpect(jsonPath("$.id").value("phq9"))
			.andExpect(jsonPath("$.item[1].item[3].linkId").value("9"));
		mvc.perform(get("/api/v1/instruments/horoscope").header("Authorization", physio.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void scoresAnFsfiAndReadsTheScoresBackOldestFirst() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord patient = data.patient(gyn);
		share(patient, gyn, DataCategory.SEXUAL_FUNCTION);

		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("fsfi", FSFI_WORKED, "2026-03-01T09:00:00Z")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.instrument").value("fsfi"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.scores.total").value(24.0))
			.andExpect(jsonPath("$.scores.domains.desire").value(4.2))
			.andExpect(jsonPath("$.scores.domains.lubrication").value(4.8))
			.andExpect(jsonPath("$.scores.domains.pain").value(2.8))
			.andExpect(jsonPath("$.band").value("sexual-difficulty"))
			.andExpect(jsonPath("$.flags").isEmpty())
			.andExpect(jsonPath("$.safety").doesNotExist());

		// Six weeks later, sent first: the pain items improve to 4, 4, 4: pain (4+4+4) ×
		// 0.4 = 4.8, total 26.0.
		Map<String, Object> later = new LinkedHashMap<>(FSFI_WORKED);
		later.putAll(Map.of("17", 4, "18", 4, "19", 4));
		assertThat(
				submit(patient, patient.bearer(), ResponseJson.of("fsfi", later, "2026-04-12T09:00:00Z")).getStatus())
			.isEqualTo(201);

		mvc.perform(get("/api/v1/patients/{id}/scores", patient.id()).param("instrument", "fsfi")
			.header("Authorization", gyn.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].authored").value("2026-03-01T09:00:00Z"))
			.andExpect(jsonPath("$[0].total").value(24))
			.andExpect(jsonPath("$[0].domains.pain").value(2.8))
			.andExpect(jsonPath("$[0].band").value("sexual-difficulty"))
			.andExpect(jsonPath("$[1].authored").value("2026-04-12T09:00:00Z"))
			.andExpect(jsonPath("$[1].total").value(26))
			.andExpect(jsonPath("$[1].domains.pain").value(4.8));
	}

	@Test
	void keepsFsfiScoresFromAClinicianWithoutSexualFunction() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(gyn, physio);
		share(patient, physio, DataCategory.MEDICAL_HISTORY);
		submit(patient, patient.bearer(), ResponseJson.of("fsfi", FSFI_WORKED));

		mvc.perform(get("/api/v1/patients/{id}/scores", patient.id()).param("instrument", "fsfi")
			.header("Authorization", physio.bearer()))
			.andExpect(status().isForbidden())
			// Only the refusal: no score, no domain (a check on the digits alone would
			// match the id).
			.andExpect(jsonPath("$.detail").exists())
			.andExpect(content().string(not(containsString("domains"))))
			.andExpect(content().string(not(containsString("total"))));
		mvc.perform(get("/api/v1/patients/{id}/scores", patient.id()).param("instrument", "fsfi")
			.header("Authorization", patient.bearer())).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(get("/api/v1/patients/{id}/scores", patient.id()).param("instrument", "horoscope")
			.header("Authorization", patient.bearer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.instrument").exists());
	}

	@Test
	void opensAnUrgentAlertForPhq9Item9ThatATeamMemberWithoutMentalHealthSeesWithoutTheAnswers() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);

		// 1+1+2+1+0+1+1+0+1 = 8, mild; item 9 = 1
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("phq9", numbered(1, 1, 2, 1, 0, 1, 1, 0, 1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scores.total").value(8))
			.andExpect(jsonPath("$.band").value("mild"))
			.andExpect(jsonPath("$.flags[0].code").value("phq9-item9"))
			.andExpect(jsonPath("$.flags[0].urgent").value(true))
			.andExpect(jsonPath("$.safety.urgent").value(true))
			.andExpect(jsonPath("$.safety.message").value(containsString("emergency")))
			.andExpect(jsonPath("$.safety.crisisContacts[0]").value("555-0100"));

		MockHttpServletResponse list = mvc
			.perform(get("/api/v1/patients/{id}/alerts", patient.id()).header("Authorization", therapist.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].urgent").value(true))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].kind").value("urgent-safety-answer"))
			.andReturn()
			.getResponse();
		assertThat(list.getContentAsString()).doesNotContain("phq9", "item", "self-harm", "\"9\"");
		// The answers themselves stay behind the mental-health grant.
		mvc.perform(get("/api/v1/patients/{id}/scores", patient.id()).param("instrument", "phq9")
			.header("Authorization", therapist.bearer())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/patients/{id}/alerts", patient.id()).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void raisesTheSelfHarmAlertAndShowsTheSafetyMessageWhenAnotherItemIsInvalid() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);

		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("phq9", numbered(1, 1, 7, 1, 0, 1, 1, 0, 2))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors.3").value(containsString("out of range")))
			.andExpect(jsonPath("$.safety.urgent").value(true))
			.andExpect(jsonPath("$.safety.message").value(containsString("emergency")));
		assertThat(stored(patient)).isZero();
		assertThat(alerts(patient)).isEqualTo(1);

		// Only item 9 answered: required items missing, the alert is still raised.
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("phq9", Map.of("9", 3))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.1").value(containsString("required")))
			.andExpect(jsonPath("$.safety.urgent").value(true));
		assertThat(stored(patient)).isZero();
		assertThat(alerts(patient)).isEqualTo(2);
	}

	@Test
	void refusesBadResponsesNamingTheItemAndStoresNothing() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put(ResponseJson.of("horoscope", Map.of("1", 1)), "questionnaire");
		cases.put(ResponseJson.of("gad7", withExtra(numbered(1, 1, 1, 1, 1, 1, 1), "8", 1)), "8");
		cases.put(ResponseJson.of("gad7", numbered(1, 1, 1, 4, 1, 1, 1)), "4");
		cases.put(ResponseJson.of("gad7", numbered(1, 1, 1, 1, 1, 1)), "7");
		cases.put(ResponseJson.of("gad7", Map.of("1", true)), "1");
		cases.put("{\"resourceType\": \"QuestionnaireResponse\", \"questionnaire\": ", "resourceType");
		cases.put("{\"resourceType\": \"Patient\", \"id\": \"x\"}", "resourceType");
		cases.put(
				"{\"resourceType\": \"QuestionnaireResponse\", \"questionnaire\": \"Questionnaire/gad7\", \"mood\": 3}",
				"resourceType");
		cases.put(ResponseJson.of("gad7|9", numbered(1, 1, 1, 1, 1, 1, 1)), "questionnaire");
		long before = stored(patient);
		for (Map.Entry<String, String> bad : cases.entrySet()) {
			MockHttpServletResponse response = submit(patient, patient.bearer(), bad.getKey());
			assertThat(response.getStatus()).as(bad.getKey()).isEqualTo(422);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(response.getContentAsString()).as(bad.getKey()).contains("\"" + bad.getValue() + "\"");
		}
		assertThat(stored(patient)).isEqualTo(before);
		assertThat(alerts(patient)).isZero();
	}

	@Test
	void acceptsResponsesGroupedIntoPagesAsTheQuestionnaireIs() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		String body = """
				{"resourceType": "QuestionnaireResponse", "questionnaire": "Questionnaire/peg|1", "status": "completed",
				 "item": [{"linkId": "page-1", "item": [
				   {"linkId": "1", "answer": [{"valueInteger": 6}]},
				   {"linkId": "2", "answer": [{"valueInteger": 5}]},
				   {"linkId": "3", "answer": [{"valueInteger": 4}]}]}]}
				""";
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType("application/fhir+json")
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.scores.total").value(5.0));
	}

	@Test
	void letsOnlyATeamClinicianRateMarinoff() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(gyn, physio);
		share(patient, gyn, DataCategory.EXAM_FINDINGS);
		String grade2 = ResponseJson.of("marinoff", Map.of("1", 2));

		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", gyn.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(grade2)).andExpect(status().isCreated()).andExpect(jsonPath("$.scores.total").value(2));
		assertThat(submit(patient, physio.bearer(), grade2).getStatus()).as("no exam-findings grant").isEqualTo(403);
		assertThat(submit(patient, patient.bearer(), grade2).getStatus()).as("clinician-rated").isEqualTo(403);
		assertThat(
				submit(patient, gyn.bearer(), ResponseJson.of("phq9", numbered(0, 0, 0, 0, 0, 0, 0, 0, 0))).getStatus())
			.as("self-reported, even with a grant")
			.isEqualTo(403);
		assertThat(stored(patient)).isEqualTo(1);
	}

	@Test
	void storesAnIntakeWithDeclinedAnswersAndAlertsTheTeamToIntakeRedFlags() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord patient = data.patient(gyn);
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("pain-activities", List.of(ResponseJson.concept("penetration"), ResponseJson.concept("tampon")));
		answers.put("pain-worst-nrs", 7);
		answers.put("given-birth", true);
		answers.put("months-since-birth", 8);
		answers.put("has-partner", ResponseJson.DECLINED);
		answers.put("trauma-opt-in", false);
		answers.put("bleeding-after-sex", true);
		answers.put("goal-text", List.of("Use a tampon without dreading it", "Enjoy being close to my partner"));
		answers.put("priority-activity", ResponseJson.concept("tampon"));

		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("cairn-intake", answers)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scores.total").doesNotExist())
			.andExpect(jsonPath("$.flags[0].code").value("bleeding-after-sex"))
			.andExpect(jsonPath("$.safety.urgent").value(false))
			.andExpect(jsonPath("$.safety.message").value(containsString("soon")));
		mvc.perform(get("/api/v1/patients/{id}/alerts", patient.id()).header("Authorization", gyn.bearer()))
			.andExpect(jsonPath("$[0].urgent").value(false))
			.andExpect(jsonPath("$[0].kind").value("safety-answer-needs-follow-up"));
	}

	@Test
	void refusesTraumaPartnerAndPostpartumAnswersWithoutTheirGateAndDeclinesOnlyWhereOffered() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord patient = data.patient(gyn);
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put(ResponseJson.of("cairn-intake", Map.of("trauma-shared", true)), "trauma-shared");
		cases.put(ResponseJson.of("cairn-intake", Map.of("trauma-opt-in", false, "trauma-shared", true)),
				"trauma-shared");
		cases.put(ResponseJson.of("cairn-intake", Map.of("has-partner", ResponseJson.DECLINED, "sex-off-table", true)),
				"sex-off-table");
		cases.put(ResponseJson.of("cairn-intake", Map.of("cesarean", true)), "cesarean");
		cases.put(ResponseJson.of("cairn-intake", Map.of("goal-text", ResponseJson.DECLINED)), "goal-text");
		cases.put(ResponseJson.of("cairn-intake", Map.of("pain-location", ResponseJson.concept("everywhere"))),
				"pain-location");
		cases.put(ResponseJson.of("cairn-intake", Map.of("pain-worst-nrs", 11)), "pain-worst-nrs");
		cases.put(
				ResponseJson.of("cairn-intake",
						Map.of("pain-location", List.of(ResponseJson.concept("deep"), ResponseJson.concept("both")))),
				"pain-location");
		for (Map.Entry<String, String> bad : cases.entrySet()) {
			MockHttpServletResponse response = submit(patient, patient.bearer(), bad.getKey());
			assertThat(response.getStatus()).as(bad.getValue()).isEqualTo(422);
			assertThat(response.getContentAsString()).as(bad.getValue()).contains("\"" + bad.getValue() + "\"");
		}
		assertThat(stored(patient)).isZero();
		assertThat(submit(patient, patient.bearer(),
				ResponseJson.of("cairn-intake", Map.of("trauma-opt-in", true, "trauma-shared", true)))
			.getStatus()).isEqualTo(201);
	}

	private static Map<String, Object> withExtra(Map<String, Object> answers, String linkId, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(answers);
		copy.put(linkId, value);
		return copy;
	}

}
