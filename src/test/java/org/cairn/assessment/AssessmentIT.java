package org.cairn.assessment;

import java.util.EnumMap;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Charting an examination through the API: consent to internal examination asked at each
 * visit, pauses and stops, findings on the contributor map, and notes that follow their
 * kind. Runs on H2 and PostgreSQL.
 */
class AssessmentIT extends IntegrationTest {

	@Autowired
	SharingGrants sharing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	Person physio;

	Person therapist;

	PatientRecord patient;

	@BeforeEach
	void robinSharesEverythingWithThePhysioAndNothingOptionalWithTheTherapist() {
		physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		therapist = data.clinician(Discipline.SEX_THERAPY);
		patient = data.patient(physio, therapist);
		Map<DataCategory, Boolean> all = new EnumMap<>(DataCategory.class);
		Map<DataCategory, Boolean> none = new EnumMap<>(DataCategory.class);
		for (DataCategory c : DataCategory.values()) {
			if (!c.alwaysShared()) {
				all.put(c, true);
				none.put(c, false);
			}
		}
		sharing.decide(patient.person().actor(), patient.id(), physio.account().id(), all);
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(), none);
	}

	private String p() {
		return "/api/v1/patients/" + patient.id();
	}

	private ResultActions send(String method, String path, Person who, String body) throws Exception {
		var request = (method.equals("PUT") ? put(p() + path) : post(p() + path)).header("Authorization", who.bearer());
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String openVisit() throws Exception {
		String body = send("POST", "/encounters", physio, "{\"type\": \"initial\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.consent.consent.internal-single-digit").value("not-given"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	private void preferSingleDigit() throws Exception {
		send("PUT", "/exam-preferences", patient.person(),
				"{\"acceptable\": [\"internal-single-digit\"], \"chaperone\": false, \"observersAllowed\": false, "
						+ "\"stopSignal\": \"pineapple\", \"copingPlan\": \"Talk me through each step.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
	}

	private long findings() {
		return jdbc.sql("select count(*) from assessment_finding where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	private static final String INTERNAL_TONE = "{\"findings\": [{\"item\": \"pf-tone\", \"route\": \"internal\", \"result\": \"raised\"}, "
			+ "{\"item\": \"posture\", \"result\": \"finding\", \"detail\": \"anterior pelvic tilt\"}]}";

	@Test
	void refusesInternalFindingsWithoutTodaysConsentAndStoresNothing() throws Exception {
		String visit = openVisit();
		send("POST", "/encounters/" + visit + "/findings", physio, INTERNAL_TONE).andExpect(status().is(422))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("has not given consent")))
			.andExpect(jsonPath("$.errors.route").exists());
		assertThat(findings()).isZero();
	}

	@Test
	void acceptsExternalOnlyFindingsWithoutConsent() throws Exception {
		String visit = openVisit();
		send("POST", "/encounters/" + visit + "/findings", physio,
				"{\"findings\": [{\"item\": \"pf-tone\", \"route\": \"external\", \"result\": \"raised\"}, "
						+ "{\"item\": \"pf-tender-points\", \"route\": \"external\", \"points\": [5, 7]}]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.findings", hasSize(2)))
			.andExpect(jsonPath("$.findings[1].codes", hasSize(2)));
		assertThat(findings()).isEqualTo(2);
	}

	@Test
	void withdrawingConsentStopsFurtherInternalCharting() throws Exception {
		preferSingleDigit();
		String visit = openVisit();
		send("POST", "/encounters/" + visit + "/consent", patient.person(),
				"{\"procedure\": \"internal-single-digit\", \"decision\": \"give\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mayChartInternalFindings").value(true));
		send("POST", "/encounters/" + visit + "/findings", physio, INTERNAL_TONE).andExpect(status().isCreated());

		send("POST", "/encounters/" + visit + "/consent", patient.person(),
				"{\"procedure\": \"internal-single-digit\", \"decision\": \"withdraw\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consent.internal-single-digit").value("withdrawn"))
			.andExpect(jsonPath("$.events[1].kind").value("withdrawn"))
			.andExpect(jsonPath("$.events[1].recordedBy").value("patient"));
		send("POST", "/encounters/" + visit + "/findings", physio,
				"{\"findings\": [{\"item\": \"pf-strength\", \"value\": 3}]}")
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.detail", containsString("withdrew consent")));
		assertThat(findings()).as("the findings charted before the withdrawal stay").isEqualTo(2);
		send("POST", "/encounters/" + visit + "/findings", physio,
				"{\"findings\": [{\"item\": \"hips\", \"result\": \"typical\"}]}")
			.andExpect(status().isCreated());
	}

	@Test
	void theClinicianRecordsConsentButNeverBeyondThePatientsPreferences() throws Exception {
		preferSingleDigit();
		String visit = openVisit();
		send("POST", "/encounters/" + visit + "/consent", physio,
				"{\"procedure\": \"speculum\", \"decision\": \"give\"}")
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors.procedure", containsString("preferences")));
		send("POST", "/encounters/" + visit + "/consent", physio,
				"{\"procedure\": \"internal-single-digit\", \"decision\": \"give\", \"note\": \"Said yes after the walkthrough.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[0].recordedBy").value("clinician"));
		send("POST", "/encounters/" + visit + "/consent", therapist,
				"{\"procedure\": \"internal-single-digit\", \"decision\": \"withdraw\"}")
			.andExpect(status().isForbidden());
	}

	@Test
	void aPauseAndAStopAreRecordedAsSuch() throws Exception {
		String visit = openVisit();
		send("POST", "/encounters/" + visit + "/events", physio,
				"{\"kind\": \"pause\", \"note\": \"Needed a minute.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.course").value("paused"));
		send("POST", "/encounters/" + visit + "/events", patient.person(), "{\"kind\": \"stop\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.course").value("stopped"))
			.andExpect(jsonPath("$.events[0].kind").value("paused"))
			.andExpect(jsonPath("$.events[0].note").value("Needed a minute."))
			.andExpect(jsonPath("$.events[1].kind").value("stopped"))
			.andExpect(jsonPath("$.events[1].recordedBy").value("patient"));
		send("POST", "/encounters/" + visit + "/events", physio, "{\"kind\": \"pause\"}").andExpect(status().is(422));
		mvc.perform(get(p() + "/encounters/" + visit).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consent.course").value("stopped"))
			.andExpect(content().string(not(containsString("fail"))));
	}

	@Test
	void findingsPutThePelvicFloorOnTheContributorMapWithTheFindingAsEvidence() throws Exception {
		preferSingleDigit();
		String visit = openVisit();
		send("POST", "/encounters/" + visit + "/consent", patient.person(),
				"{\"procedure\": \"internal-single-digit\", \"decision\": \"give\"}")
			.andExpect(status().isOk());
		send("POST", "/encounters/" + visit + "/findings", physio, INTERNAL_TONE).andExpect(status().isCreated());
		String map = mvc.perform(get(p() + "/contributors").header("Authorization", physio.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode pelvicFloor = domain(map, "pelvic-floor-muscle");
		assertThat(pelvicFloor.get("status").asString()).isEqualTo("likely");
		assertThat(pelvicFloor.get("evidence").get(0).get("source").asString()).isEqualTo("finding:pf-tone-raised");
		assertThat(pelvicFloor.get("evidence").get(0).get("text").asString()).contains("raised tone")
			.contains("internal");
		assertThat(domain(map, "movement-and-posture").get("status").asString()).isEqualTo("likely");

		String findingId = null;
		for (JsonNode f : json
			.readTree(mvc.perform(get(p() + "/encounters/" + visit).header("Authorization", physio.bearer()))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("findings")) {
			if (f.get("item").asString().equals("pf-tone")) {
				findingId = f.get("id").asString();
			}
		}
		send("POST", "/findings/" + findingId + "/void", physio, "{\"reason\": \"  \"}").andExpect(status().is(422));
		send("POST", "/findings/" + findingId + "/void", physio, "{\"reason\": \"Charted for the wrong visit.\"}")
			.andExpect(status().isOk());
		String after = mvc.perform(get(p() + "/contributors").header("Authorization", physio.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(domain(after, "pelvic-floor-muscle").get("status").asString()).isNotEqualTo("likely");
		mvc.perform(get(p() + "/encounters/" + visit).header("Authorization", physio.bearer()))
			.andExpect(
					jsonPath("$.findings[?(@.item == 'pf-tone')].voided.reason").value("Charted for the wrong visit."));
	}

	private JsonNode domain(String map, String code) {
		for (JsonNode d : json.readTree(map).get("domains")) {
			if (d.get("code").asString().equals(code)) {
				return d;
			}
		}
		throw new AssertionError("no domain " + code);
	}

	@Test
	void aTeamMemberWithoutExamFindingsIsRefusedFindings() throws Exception {
		String visit = openVisit();
		mvc.perform(get(p() + "/encounters").header("Authorization", therapist.bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(get(p() + "/encounters/" + visit).header("Authorization", therapist.bearer()))
			.andExpect(status().isForbidden());
		send("POST", "/encounters", therapist, "{\"type\": \"initial\"}").andExpect(status().isForbidden());
		mvc.perform(get(p() + "/exam-preferences").header("Authorization", therapist.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.externalOnly").value(true));
	}

	@Test
	void processNotesAreVisibleToTheirAuthorOnly() throws Exception {
		send("POST", "/notes", therapist,
				"{\"kind\": \"process\", \"subjective\": \"Noticed my own urge to reassure; slow down next time.\"}")
			.andExpect(status().isCreated());
		send("POST", "/notes", physio, "{\"kind\": \"clinical-notes\", \"plan\": \"Down-training twice a day.\"}")
			.andExpect(status().isCreated());
		send("POST", "/notes", physio, "{\"kind\": \"process\", \"subjective\": \"Not my kind of note.\"}")
			.andExpect(status().isForbidden());

		mvc.perform(get(p() + "/notes").header("Authorization", therapist.bearer()))
			.andExpect(jsonPath("$.notes", hasSize(1)))
			.andExpect(jsonPath("$.notes[0].kind").value("process"));
		mvc.perform(get(p() + "/notes").header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$.notes", hasSize(1)))
			.andExpect(jsonPath("$.notes[0].kind").value("clinical-notes"));
		mvc.perform(get(p() + "/notes").header("Authorization", patient.bearer()))
			.andExpect(jsonPath("$.notes", hasSize(1)))
			.andExpect(content().string(not(containsString("urge to reassure"))));
	}

	@Test
	void examinationPreferencesKeepEveryVersion() throws Exception {
		preferSingleDigit();
		send("PUT", "/exam-preferences", patient.person(),
				"{\"acceptable\": [], \"chaperone\": true, \"observersAllowed\": false}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.externalOnly").value(true));
		send("PUT", "/exam-preferences", patient.person(),
				"{\"acceptable\": [\"colonoscopy\"], \"chaperone\": true, \"observersAllowed\": false, \"stopSignal\": \""
						+ "x".repeat(101) + "\"}")
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors.acceptable").exists());
		mvc.perform(get(p() + "/exam-preferences/history").header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$.versions", hasSize(2)))
			.andExpect(jsonPath("$.versions[1].stopSignal").value("pineapple"));
	}

}
