package org.cairn.questionnaires;

import java.util.List;
import java.util.Map;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A practice admin imports a questionnaire with its scoring rule. The instrument here is
 * made up for the test: three items scored 0–4; no licensed wording is copied.
 */
class InstrumentImportIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	static String questionnaire(String code) {
		return """
				{"resourceType": "Questionnaire", "id": "%s", "title": "Practice calm scale", "status": "active",
				 "item": [{"linkId": "page", "type": "group", "item": [
				   {"linkId": "a", "type": "choice", "text": "First", "answerOption": [{"valueInteger": 0}, {"valueInteger": 4}]},
				   {"linkId": "b", "type": "choice", "text": "Second", "answerOption": [{"valueInteger": 0}, {"valueInteger": 4}]},
				   {"linkId": "c", "type": "choice", "text": "Third", "answerOption": [{"valueInteger": 0}, {"valueInteger": 4}]}]}]}
				"""
			.formatted(code);
	}

	static final String SUM_RULE = """
			{"kind": "sum", "direction": "lower-is-better", "minimalImportantChange": "3",
			 "bands": [{"upTo": "5", "code": "low", "description": "0–5 low"}, {"code": "high", "description": "6–12 high"}]}
			""";

	static String body(String questionnaire, String category, String scoring) {
		return "{\"questionnaire\": " + questionnaire + ", \"category\": \"" + category + "\", \"scoring\": " + scoring
				+ "}";
	}

	static String code() {
		return "calm-" + TestData.unique();
	}

	private MockHttpServletResponse importAs(Person admin, String body) throws Exception {
		return mvc
			.perform(post("/api/v1/instruments").header("Authorization", admin.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private long stored(String code) {
		return jdbc.sql("select count(*) from questionnaires_definition where code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	@Test
	void importsAQuestionnaireAndScoresAResponseToIt() throws Exception {
		Person admin = data.practiceAdmin();
		String code = code();

		mvc.perform(post("/api/v1/instruments").header("Authorization", admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(questionnaire(code), "mental-health", SUM_RULE)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.items").value(3));

		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/responses").header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of(code, Map.of("a", 1, "b", 2, "c", 3), "2026-05-01T09:00:00Z")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.scores.total").value(6))
			.andExpect(jsonPath("$.band").value("high"))
			.andExpect(jsonPath("$.flags").isEmpty());
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/responses").header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of(code, Map.of("a", 5), null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("item a: 5 is out of range (allowed 0–4)")));

		mvc.perform(get("/api/v1/instruments/" + code).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"version\":\"1\"")));
		mvc.perform(get("/progress/measures/" + code).with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Practice calm scale"), containsString("data-table"),
					containsString("Lower is better on this measure."))));

		// The same practice imports it again: a new version, the old one kept.
		assertThat(importAs(admin, body(questionnaire(code), "mental-health", SUM_RULE)).getContentAsString())
			.contains("\"version\":2");
		assertThat(stored(code)).isEqualTo(2);
	}

	@Test
	void scoresAWeightedDomainsRule() throws Exception {
		Person admin = data.practiceAdmin();
		String code = code();
		String rule = """
				{"kind": "weighted-domains", "decimals": 1, "direction": "higher-is-better",
				 "domains": [{"code": "x", "items": ["a", "b"], "aggregate": "sum", "factor": "0.5"},
				             {"code": "y", "items": ["c"], "aggregate": "mean", "factor": "25"}]}
				""";
		assertThat(importAs(admin, body(questionnaire(code), "sexual-function", rule)).getStatus()).isEqualTo(201);

		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		// x = (2 + 4) × 0.5 = 3.0; y = 1 × 25 = 25.0; total 28.0
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/responses").header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of(code, Map.of("a", 2, "b", 4, "c", 1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scores.domains.x").value(3.0))
			.andExpect(jsonPath("$.scores.domains.y").value(25.0))
			.andExpect(jsonPath("$.scores.total").value(28.0));
	}

	record Bad(String what, String body, String says) {
	}

	@Test
	void refusesEachBadImportNamingWhatIsWrongAndStoresNothing() throws Exception {
		Person admin = data.practiceAdmin();
		String code = code();
		String ok = questionnaire(code);
		List<Bad> bad = List.of(
				new Bad("invalid JSON", body("\"{not json\"", "mental-health", SUM_RULE), "This is not valid JSON."),
				new Bad("not a Questionnaire",
						body("{\"resourceType\": \"Patient\", \"id\": \"" + code + "\"}", "mental-health", SUM_RULE),
						"Expected resourceType Questionnaire, not Patient."),
				new Bad("no id", body(ok.replace("\"id\": \"" + code + "\", ", ""), "mental-health", SUM_RULE),
						"The Questionnaire needs an id"),
				new Bad("an item without a linkId",
						body(ok.replace("\"linkId\": \"b\", ", ""), "mental-health", SUM_RULE),
						"Every item needs a linkId"),
				new Bad("options without integer scores",
						body(ok.replace("[{\"valueInteger\": 0}, {\"valueInteger\": 4}]}]}]}",
								"[{\"valueString\": \"never\"}, {\"valueString\": \"always\"}]}]}]}"), "mental-health",
								SUM_RULE),
						"item c: needs type choice with answer options that carry integer scores (valueInteger)"),
				new Bad("a rule naming an item the questionnaire lacks", body(ok, "mental-health", """
						{"kind": "weighted-domains", "direction": "lower-is-better",
						 "domains": [{"code": "x", "items": ["a", "z"], "aggregate": "sum", "factor": "1"}]}
						"""), "domain x names item z, which it does not have"),
				new Bad("an item in two domains", body(ok, "mental-health", """
						{"kind": "weighted-domains", "direction": "lower-is-better",
						 "domains": [{"code": "x", "items": ["a", "b"]}, {"code": "y", "items": ["b", "c"]}]}
						"""), "item b belongs to two domains"),
				new Bad("band cut-offs that fall",
						body(ok, "mental-health",
								"""
										{"kind": "sum", "direction": "lower-is-better",
										 "bands": [{"upTo": 8, "code": "a", "description": "a"}, {"upTo": 4, "code": "b", "description": "b"},
										           {"code": "c", "description": "c"}]}
										"""),
						"band cut-offs must rise: 4 follows 8"),
				new Bad("no direction", body(ok, "mental-health", "{\"kind\": \"sum\"}"), "Say which way is better"),
				new Bad("an unknown kind",
						body(ok, "mental-health", "{\"kind\": \"median\", \"direction\": \"lower-is-better\"}"),
						"kind must be sum, mean or weighted-domains, not 'median'"),
				new Bad("an unknown category", body(ok, "core", SUM_RULE), "Choose the part of the record"),
				new Bad("a shipped code", body(questionnaire("phq9"), "mental-health", SUM_RULE),
						"'phq9' is an instrument Cairn ships"));
		for (Bad b : bad) {
			MockHttpServletResponse response = importAs(admin, b.body());
			assertThat(response.getStatus()).as(b.what()).isEqualTo(422);
			assertThat(response.getContentType()).as(b.what()).startsWith("application/problem+json");
			assertThat(response.getContentAsString()).as(b.what()).contains(b.says());
		}
		assertThat(stored(code)).isZero();
		assertThat(stored("phq9")).isEqualTo(1);
	}

	@Test
	void anotherPracticeCannotTakeOverAnImportedCode() throws Exception {
		String code = code();
		assertThat(importAs(data.practiceAdmin(), body(questionnaire(code), "mental-health", SUM_RULE)).getStatus())
			.isEqualTo(201);

		MockHttpServletResponse response = importAs(data.practiceAdmin(),
				body(questionnaire(code), "mental-health", SUM_RULE));

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("already used by another practice");
		assertThat(stored(code)).isEqualTo(1);
	}

	@Test
	void onlyAPracticeAdminImports() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		String code = code();
		assertThat(importAs(physio, body(questionnaire(code), "mental-health", SUM_RULE)).getStatus()).isEqualTo(403);
		assertThat(stored(code)).isZero();
	}

	@Test
	void theImportPageStoresAnUploadedFileAndNamesEveryProblemOtherwise() throws Exception {
		Person admin = data.practiceAdmin();
		String code = code();

		mvc.perform(get("/practice").with(as(admin)))
			.andExpect(content().string(containsString("href=\"/practice/instruments/import\"")));
		mvc.perform(get("/practice/instruments/import").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));

		mvc.perform(multipart("/practice/instruments/import")
			.file(new MockMultipartFile("file", "calm.json", "application/json", questionnaire(code).getBytes()))
			.param("category", "bowel-bladder")
			.param("direction", "lower-is-better")
			.param("kind", "weighted-domains")
			.param("decimals", "1")
			.param("domains", "first: sum a, b × 0.5\nrest: mean c × 25 min 1")
			.param("bands", "10 low: 0–10 low\nabove high: above 10")
			.param("minimalImportantChange", "5")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/practice/instruments/import?imported=" + code + "&version=1"));
		assertThat(stored(code)).isEqualTo(1);

		String other = code();
		mvc.perform(post("/practice/instruments/import").param("questionnaire", questionnaire(other))
			.param("category", "mental-health")
			.param("direction", "lower-is-better")
			.param("kind", "weighted-domains")
			.param("domains", "first: sum a, q × 1")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("The questionnaire was not stored"),
					containsString("domain first names item q, which it does not have"))));
		mvc.perform(post("/practice/instruments/import").param("questionnaire", "{broken")
			.param("category", "mental-health")
			.param("direction", "lower-is-better")
			.param("kind", "sum")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("This is not valid JSON.")));
		assertThat(stored(other)).isZero();
	}

}
