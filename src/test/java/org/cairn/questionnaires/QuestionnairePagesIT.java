package org.cairn.questionnaires;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The patient's questionnaire pages, driven as a browser without JavaScript would: one
 * page group at a time, skip logic on the server, drafts, and submission through the same
 * checks, scores and red flags as the API.
 */
class QuestionnairePagesIT extends IntegrationTest {

	private static final Pattern PAGE = Pattern.compile("name=\"page\" value=\"([a-z0-9-]+)\"");

	private static final String INTAKE = "/questionnaires/cairn-intake";

	@Autowired
	Drafts drafts;

	@Autowired
	JdbcClient jdbc;

	private PatientRecord patient() {
		return data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
	}

	private String show(PatientRecord patient) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(INTAKE).with(as(patient.person())))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private static String pageOf(String html) {
		Matcher m = PAGE.matcher(html);
		assertThat(m.find()).as("a page id in the form").isTrue();
		return m.group(1);
	}

	private MockHttpServletResponse answer(PatientRecord patient, String page, String action,
			Map<String, String> answers) throws Exception {
		MockHttpServletRequestBuilder request = post(INTAKE).with(as(patient.person()))
			.with(csrf())
			.param("page", page)
			.param("action", action);
		answers.forEach((linkId, value) -> request.param("a." + linkId, value.split(",")));
		return mvc.perform(request).andReturn().getResponse();
	}

	/** Simple answers for every page: no to every yes-or-no question, a 3 on scales. */
	private static Map<String, String> simple(String html, Map<String, String> overrides) {
		Map<String, String> answers = new LinkedHashMap<>();
		Matcher m = Pattern.compile("name=\"a\\.([a-z0-9-]+)\" value=\"false\"").matcher(html);
		while (m.find()) {
			answers.put(m.group(1), "false");
		}
		answers.putAll(overrides);
		answers.keySet().removeIf(linkId -> !html.contains("name=\"a." + linkId + "\""));
		return answers;
	}

	/** Answers page after page until the thank-you page; returns it. */
	private String walk(PatientRecord patient, Map<String, String> overrides, List<String> visited) throws Exception {
		for (int guard = 0; guard < 30; guard++) {
			String html = show(patient);
			String page = pageOf(html);
			visited.add(page);
			String action = html.contains("value=\"submit\"") ? "submit" : "next";
			MockHttpServletResponse response = answer(patient, page, action, simple(html, overrides));
			if (response.getStatus() == 200) {
				return response.getContentAsString();
			}
			assertThat(response.getStatus()).as("moving on from " + page).isEqualTo(302);
		}
		throw new AssertionError("never reached the end");
	}

	private long responses(PatientRecord patient) {
		return jdbc.sql("select count(*) from questionnaires_response where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	private String storedIntake(PatientRecord patient) {
		return jdbc.sql("select json from questionnaires_response where patient_id = ? and instrument = 'cairn-intake'")
			.param(patient.id().value())
			.query(String.class)
			.single();
	}

	@Test
	void showsOnePageAtATimeWithProgressAndMovesOnAndBack() throws Exception {
		PatientRecord patient = patient();
		String first = show(patient);
		assertThat(first)
			.contains("Page 1 of 11", "Your pain: where and when", "<progress", "<fieldset", "<legend",
					"Save and finish later", "I’d rather not say")
			.doesNotContain("How your body reacts", "value=\"back\"");

		assertThat(answer(patient, "page-1", "next", Map.of("pain-worst-nrs", "6")).getRedirectedUrl())
			.isEqualTo(INTAKE);
		String second = show(patient);
		assertThat(second).contains("Page 2 of 11", "How your body reacts", "value=\"back\"");

		answer(patient, "page-2", "back", Map.of("pain-light-touch", "true"));
		String back = show(patient);
		assertThat(pageOf(back)).isEqualTo("page-1");
		assertThat(back).containsPattern("name=\"a.pain-worst-nrs\"\\s+value=\"6\" checked");
	}

	@Test
	void asksNoPostpartumQuestionsOfSomeoneWhoHasNotGivenBirth() throws Exception {
		PatientRecord patient = patient();
		drafts.save(patient.id(), "cairn-intake", 1, "page-4", PageFlow.Answers.none());
		assertThat(show(patient)).doesNotContain("How many months ago");

		answer(patient, "page-4", "next", Map.of("given-birth", "false"));
		String next = show(patient);
		assertThat(pageOf(next)).isEqualTo("page-6");
		assertThat(next).contains("Page 5 of 11").doesNotContain("After giving birth");

		// Someone who has: the follow-up questions appear on the same page, then the
		// postpartum page.
		PatientRecord mother = patient();
		drafts.save(mother.id(), "cairn-intake", 1, "page-4", PageFlow.Answers.none());
		answer(mother, "page-4", "next", Map.of("given-birth", "true"));
		String same = show(mother);
		assertThat(pageOf(same)).isEqualTo("page-4");
		assertThat(same).contains("How many months ago");
		answer(mother, "page-4", "next", Map.of("given-birth", "true", "months-since-birth", "8"));
		assertThat(show(mother)).contains("After giving birth", "Page 5 of 12");
	}

	@Test
	void asksAboutPastExperiencesOnlyAfterAnExplicitOptIn() throws Exception {
		PatientRecord patient = patient();
		drafts.save(patient.id(), "cairn-intake", 1, "page-9", PageFlow.Answers.none());
		String optIn = show(patient);
		assertThat(optIn).contains("This part is optional", "name=\"a.trauma-opt-in\"")
			.doesNotContain("name=\"a.trauma-shared\"");

		answer(patient, "page-9", "next", Map.of("trauma-opt-in", "true"));
		String asked = show(patient);
		assertThat(pageOf(asked)).isEqualTo("page-9");
		assertThat(asked).contains("name=\"a.trauma-shared\"");

		PatientRecord optedOut = patient();
		drafts.save(optedOut.id(), "cairn-intake", 1, "page-9", PageFlow.Answers.none());
		answer(optedOut, "page-9", "next", Map.of("trauma-opt-in", "false"));
		assertThat(pageOf(show(optedOut))).isEqualTo("page-10");
	}

	@Test
	void completesTheIntakeAndRecordsPreferNotToSayAsDeclinedNeverAsNo() throws Exception {
		PatientRecord patient = patient();
		List<String> visited = new java.util.ArrayList<>();
		String done = walk(patient,
				Map.of("has-partner", "declined", "pain-worst-nrs", "5", "goal-text", "Use a tampon,Go riding again"),
				visited);
		assertThat(done).contains("Thank you for your answers", "shared with your team").doesNotContain("Important:");
		assertThat(visited).doesNotContain("page-5").hasSize(11);
		String stored = storedIntake(patient);
		assertThat(stored).containsPattern(
				"\"linkId\":\"has-partner\",\"answer\":\\[\\{\"valueCoding\":\\{\"system\":\"http://terminology.hl7.org/CodeSystem/data-absent-reason\",\"code\":\"asked-declined\"");
		assertThat(stored).doesNotContain("\"linkId\":\"has-partner\",\"answer\":[{\"valueBoolean\"")
			.contains("Go riding again");
		assertThat(drafts.find(patient.id(), "cairn-intake")).isEmpty();
		// Today no longer asks for the intake (the schedule may still list the regular
		// measures).
		assertThat(mvc.perform(get("/today").with(as(patient.person()))).andReturn().getResponse().getContentAsString())
			.doesNotContain("href=\"/questionnaires/cairn-intake\"");
	}

	@Test
	void savesADraftAndResumesWhereThePatientLeft() throws Exception {
		PatientRecord patient = patient();
		answer(patient, "page-1", "next", Map.of("pain-worst-nrs", "7"));
		MockHttpServletResponse saved = answer(patient, "page-2", "save", Map.of("pain-sitting", "true"));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/questionnaires?saved");

		String resumed = show(patient);
		assertThat(pageOf(resumed)).isEqualTo("page-2");
		assertThat(resumed).containsPattern("name=\"a.pain-sitting\"\\s+value=\"true\" checked");
		assertThat(mvc.perform(get("/questionnaires").with(as(patient.person())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("continue where you left off");
		assertThat(mvc.perform(get("/today").with(as(patient.person()))).andReturn().getResponse().getContentAsString())
			.contains("Continue: Getting to know you (intake)", "href=\"/questionnaires/cairn-intake\"");
	}

	@Test
	void badInputRedisplaysThePageWithAnInlineErrorAndChangesNothing() throws Exception {
		PatientRecord patient = patient();
		answer(patient, "page-1", "next", Map.of("pain-worst-nrs", "4"));

		Map<String, Map<String, String>> cases = new LinkedHashMap<>();
		cases.put("out of range", Map.of("pain-after-hours", "500"));
		cases.put("not an option", Map.of("pain-light-touch", "maybe"));
		cases.put("an item of another page", Map.of("cesarean", "true"));
		cases.put("an unknown item", Map.of("q99", "1"));
		cases.put("declined and answered", Map.of("sensitivity-conditions", "ibs,declined"));
		for (var bad : cases.entrySet()) {
			String page = bad.getKey().equals("out of range") ? "page-1" : "page-2";
			if (page.equals("page-1")) {
				drafts.save(patient.id(), "cairn-intake", 1, "page-1",
						new PageFlow.Answers(Map.of("pain-worst-nrs", List.of("4"))));
			}
			else {
				drafts.save(patient.id(), "cairn-intake", 1, "page-2",
						new PageFlow.Answers(Map.of("pain-worst-nrs", List.of("4"))));
			}
			MockHttpServletResponse response = answer(patient, page, "next", bad.getValue());
			assertThat(response.getStatus()).as(bad.getKey()).isEqualTo(422);
			assertThat(response.getContentAsString()).as(bad.getKey()).contains("Please check:");
			if (!bad.getKey().contains("item")) {
				assertThat(response.getContentAsString()).as(bad.getKey()).contains("class=\"field-error\"");
			}
			Drafts.Saved draft = drafts.find(patient.id(), "cairn-intake").orElseThrow();
			assertThat(draft.page()).as(bad.getKey()).isEqualTo(page);
			assertThat(draft.answers().values()).as(bad.getKey()).isEqualTo(Map.of("pain-worst-nrs", List.of("4")));
		}

		// Without the CSRF token the request is refused before anything is read.
		int status = mvc
			.perform(post(INTAKE).with(as(patient.person()))
				.param("page", "page-2")
				.param("action", "next")
				.param("a.pain-sitting", "true"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(drafts.find(patient.id(), "cairn-intake").orElseThrow().answers().values())
			.isEqualTo(Map.of("pain-worst-nrs", List.of("4")));
		assertThat(responses(patient)).isZero();
	}

	@Test
	void anotherPatientNeverSeesADraft() throws Exception {
		PatientRecord alex = patient();
		PatientRecord sam = patient();
		answer(alex, "page-1", "next", Map.of("pain-worst-nrs", "9"));
		answer(alex, "page-2", "save", Map.of("pain-sitting", "true"));

		String samSees = show(sam);
		assertThat(pageOf(samSees)).isEqualTo("page-1");
		assertThat(samSees).doesNotContain("checked");
		assertThat(drafts.find(sam.id(), "cairn-intake")).isEmpty();
		// Sam posting Alex's page changes nothing for Alex.
		answer(sam, "page-2", "next", Map.of("pain-sitting", "false"));
		assertThat(drafts.find(alex.id(), "cairn-intake").orElseThrow().answers().get("pain-sitting"))
			.containsExactly("true");
		// Staff have no questionnaire pages of their own.
		assertThat(mvc.perform(get(INTAKE).with(as(data.clinician(Discipline.PELVIC_FLOOR_PT))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aRedFlagAnswerShowsTheSafetyMessageAndOpensAnAlert() throws Exception {
		PatientRecord patient = patient();
		String done = walk(patient, Map.of("bleeding-after-sex", "true"), new java.util.ArrayList<>());
		assertThat(done).contains("Important:", "clinician should look at soon", "Your care team has been told",
				"Thank you for your answers");
		long alerts = jdbc.sql("select count(*) from safety_alert where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
		assertThat(alerts).isEqualTo(1);
	}

	@Test
	void fillsInASelfReportedMeasureWithAPlainWordsThankYou() throws Exception {
		PatientRecord patient = patient();
		MockHttpServletResponse missing = mvc
			.perform(post("/questionnaires/peg").with(as(patient.person()))
				.with(csrf())
				.param("page", "page-1")
				.param("action", "submit")
				.param("a.1", "4"))
			.andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(422);
		assertThat(missing.getContentAsString()).contains("Please answer this question to go on.");
		assertThat(responses(patient)).isZero();

		MockHttpServletResponse done = mvc
			.perform(post("/questionnaires/peg").with(as(patient.person()))
				.with(csrf())
				.param("page", "page-1")
				.param("action", "submit")
				.param("a.1", "4")
				.param("a.2", "5")
				.param("a.3", "6"))
			.andReturn()
			.getResponse();
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(done.getContentAsString()).contains("Your answers have been shared with your team")
			.doesNotContain("5.0", "banner--safety");
		assertThat(responses(patient)).isEqualTo(1);
		assertThat(mvc.perform(get("/questionnaires/marinoff").with(as(patient.person())))
			.andReturn()
			.getResponse()
			.getStatus()).as("clinician-rated").isEqualTo(404);
	}

}
