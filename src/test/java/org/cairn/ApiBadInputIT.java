package org.cairn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.patients.Patients;
import org.cairn.questionnaires.ResponseJson;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.CareTeam;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every API endpoint that takes input, fed what a careless client or an attacker sends:
 * broken JSON, wrong types, missing fields, huge bodies, the wrong media type, malformed
 * and unknown ids. Each must answer a 4xx problem+json that says what is wrong, and leave
 * the data as it was.
 */
class ApiBadInputIT extends IntegrationTest {

	private static final String HUGE = "{\"name\": \"" + "x".repeat(300_000) + "\"}";

	private static final List<String> BAD_BODIES = List.of("", "{", "{\"name\": ", "[]", "null", "42",
			"{\"name\": {\"nested\": true}, \"email\": [1, 2]}", "{\"grants\": \"all\"}", "{\"clinicianId\": 7}",
			"{\"password\": null, \"username\": null}", "\u0000\u0001binary", HUGE);

	@Autowired
	CareTeam team;

	@Autowired
	Patients patients;

	@Autowired
	SharingGrants sharing;

	@Autowired
	JdbcClient jdbc;

	final class Scene {

		final Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);

		final Person therapist = data.clinician(Discipline.SEX_THERAPY);

		final PatientRecord patient = data.patient(physio, therapist);

		final String invitation = data.invitedPatient(physio).invitationToken();

		final Person admin = data.practiceAdmin();

		private String alertId;

		String alert() {
			if (alertId == null) {
				try {
					mvc.perform(post(p(this) + "/responses").header("Authorization", patient.bearer())
						.contentType(MediaType.APPLICATION_JSON)
						.content(ResponseJson.of("phq9", ResponseJson.numbered(0, 0, 0, 0, 0, 0, 0, 0, 1))));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				alertId = jdbc.sql("select id from safety_alert where patient_id = ?")
					.param(patient.id().value())
					.query(String.class)
					.single();
			}
			return alertId;
		}

		/** Stored responses and open alerts, as "2/1". */
		Object responsesAndOpenAlerts() {
			return jdbc.sql("""
					select (select count(*) from questionnaires_response where patient_id = ?) as responses,
					       (select count(*) from safety_alert where patient_id = ? and status = 'OPEN') as alerts
					""")
				.params(patient.id().value(), patient.id().value())
				.query((rs, n) -> rs.getLong("responses") + "/" + rs.getLong("alerts"))
				.single();
		}

	}

	/** An endpoint, who calls it, and a read of the state it could change. */
	record Endpoint(String name, HttpMethod method, Function<Scene, String> uri, Function<Scene, Person> caller,
			Function<Scene, Object> state) {
	}

	private static String p(Scene s) {
		return "/api/v1/patients/" + s.patient.id();
	}

	private List<Endpoint> endpoints() {
		return List.of(new Endpoint("sign in", HttpMethod.POST, s -> "/api/v1/auth/token", s -> null, s -> ""),
				new Endpoint("invite a patient", HttpMethod.POST, s -> "/api/v1/patients", s -> s.physio,
						s -> team.activePatientsOf(s.physio.account().id()).size()),
				new Endpoint("accept an invitation", HttpMethod.POST, s -> "/api/v1/invitations/" + s.invitation,
						s -> null, s -> patients.invitation(s.invitation)),
				new Endpoint("change the profile", HttpMethod.PUT, s -> p(s) + "/profile", s -> s.patient.person(),
						s -> patients.find(s.patient.id())),
				new Endpoint("suggest a colleague", HttpMethod.POST, s -> p(s) + "/team", s -> s.physio,
						s -> team.members(s.patient.id())),
				new Endpoint("change sharing", HttpMethod.PUT, s -> p(s) + "/sharing", s -> s.patient.person(),
						s -> sharing.forMembers(s.patient.id(),
								List.of(s.physio.account().id(), s.therapist.account().id()))),
				new Endpoint("submit a questionnaire response", HttpMethod.POST, s -> p(s) + "/responses",
						s -> s.patient.person(), Scene::responsesAndOpenAlerts),
				new Endpoint("resolve a safety alert", HttpMethod.POST, s -> p(s) + "/alerts/" + s.alert() + "/resolve",
						s -> s.physio, s -> {
							s.alert();
							return s.responsesAndOpenAlerts();
						}),
				// --- measures and import ---
				new Endpoint("import an instrument", HttpMethod.POST, s -> "/api/v1/instruments", s -> s.admin,
						s -> jdbc.sql("select count(*) from questionnaires_definition").query(Long.class).single())
				// Each module adds its endpoints between its own markers, each starting
				// with a
				// comma.
				// --- contributors ---
				// (end contributors)

				// --- assessment ---
				,
				new Endpoint("change examination preferences", HttpMethod.PUT, s -> p(s) + "/exam-preferences",
						s -> s.patient.person(),
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "preferences")),
				new Endpoint("open a visit", HttpMethod.POST, s -> p(s) + "/encounters", s -> s.physio,
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "encounters")),
				new Endpoint("chart findings", HttpMethod.POST,
						s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.physio, s.patient)
								+ "/findings",
						s -> s.physio,
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "findings")),
				new Endpoint("give or withdraw consent", HttpMethod.POST,
						s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.physio, s.patient)
								+ "/consent",
						s -> s.patient.person(),
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "exam-events")),
				new Endpoint("pause or stop an examination", HttpMethod.POST,
						s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.physio, s.patient)
								+ "/events",
						s -> s.physio,
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "exam-events")),
				new Endpoint("void a visit", HttpMethod.POST,
						s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.physio, s.patient)
								+ "/void",
						s -> s.physio,
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "voided-encounters")),
				new Endpoint("void a finding", HttpMethod.POST,
						s -> p(s) + "/findings/" + org.cairn.assessment.AssessmentFixtures.finding(s.physio, s.patient)
								+ "/void",
						s -> s.physio,
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "voided-findings")),
				new Endpoint("write a note", HttpMethod.POST, s -> p(s) + "/notes", s -> s.physio,
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "notes")),
				new Endpoint("void a note", HttpMethod.POST,
						s -> p(s) + "/notes/" + org.cairn.assessment.AssessmentFixtures.note(s.physio, s.patient)
								+ "/void",
						s -> s.physio,
						s -> org.cairn.assessment.AssessmentFixtures.state(s.physio, s.patient, "voided-notes"))
				// (end assessment)

				// --- careplan ---
				// (end careplan)

				// --- referrals ---
				,
				new Endpoint("draft a referral", HttpMethod.POST, s -> p(s) + "/referrals", s -> s.physio,
						s -> org.cairn.referrals.ReferralFixtures.statesOf(s.patient)),
				new Endpoint("approve a referral", HttpMethod.POST,
						s -> p(s) + "/referrals/"
								+ org.cairn.referrals.ReferralFixtures.awaitingFromTo(s.patient, s.physio) + "/approve",
						s -> s.patient.person(),
						s -> org.cairn.referrals.ReferralFixtures
							.stateOf(org.cairn.referrals.ReferralFixtures.awaitingFromTo(s.patient, s.physio))),
				new Endpoint(
						"decline a referral sent to you", HttpMethod.POST, s -> p(s) + "/referrals/"
								+ org.cairn.referrals.ReferralFixtures.sentFromTo(s.patient, s.physio) + "/decline",
						s -> org.cairn.referrals.ReferralFixtures.receiverOf(s.patient),
						s -> org.cairn.referrals.ReferralFixtures
							.stateOf(org.cairn.referrals.ReferralFixtures.sentFromTo(s.patient, s.physio))),
				new Endpoint("complete a referral", HttpMethod.POST, s -> p(s) + "/referrals/"
						+ org.cairn.referrals.ReferralFixtures.acceptedFromTo(s.patient, s.physio) + "/complete",
						s -> org.cairn.referrals.ReferralFixtures.receiverOf(s.patient),
						s -> org.cairn.referrals.ReferralFixtures
							.stateOf(org.cairn.referrals.ReferralFixtures.acceptedFromTo(s.patient, s.physio)))
				// (end referrals)

				// --- homeprogram ---
				// @formatter:off
		, new Endpoint("add a practice exercise", HttpMethod.POST, s -> "/api/v1/exercises", s -> s.physio,
				s -> jdbc.sql("select count(*) from homeprogram_exercise").query(Long.class).single())
		, new Endpoint("prescribe an exercise", HttpMethod.POST, s -> p(s) + "/home-program", s -> s.physio,
				s -> jdbc.sql("select count(*) from homeprogram_prescription where patient_id = ?")
					.param(s.patient.id().value()).query(Long.class).single())
		, new Endpoint("change a prescription", HttpMethod.PUT,
				s -> p(s) + "/home-program/"
						+ org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.physio.account().id()),
				s -> s.physio,
				s -> jdbc.sql("select count(*) from homeprogram_prescription where patient_id = ? and ends_on is not null")
					.param(s.patient.id().value()).query(Long.class).single())
		, new Endpoint("stop a prescription", HttpMethod.POST,
				s -> p(s) + "/home-program/"
						+ org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.physio.account().id())
						+ "/stop",
				s -> s.physio,
				s -> jdbc.sql("select count(*) from homeprogram_prescription where patient_id = ? and ends_on is not null")
					.param(s.patient.id().value()).query(Long.class).single())
		, new Endpoint("log an exercise", HttpMethod.POST, s -> p(s) + "/exercise-logs", s -> s.patient.person(),
				s -> jdbc.sql("select count(*) from homeprogram_log where patient_id = ?")
					.param(s.patient.id().value()).query(Long.class).single())
		, new Endpoint("agree to insertion exercises", HttpMethod.PUT,
				s -> p(s) + "/home-program/insertion-agreement", s -> s.patient.person(),
				s -> jdbc.sql("select count(*) from homeprogram_insertion_agreement where patient_id = ?")
					.param(s.patient.id().value()).query(Long.class).single())
		// @formatter:on
				// (end homeprogram)

				// --- diary ---
				,
				new Endpoint("write in the diary", HttpMethod.POST, s -> p(s) + "/diary", s -> s.patient.person(),
						s -> jdbc.sql("select count(*) from diary_entry where patient_id = ?")
							.param(s.patient.id().value())
							.query(Long.class)
							.single() + "/" + s.responsesAndOpenAlerts())
		// (end diary)

		// --- progress ---
		// (end progress)
		);
	}

	@TestFactory
	List<DynamicTest> badBodiesAreRefusedWithAProblemAndChangeNothing() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			tests.add(DynamicTest.dynamicTest(endpoint.name(), () -> {
				Scene scene = new Scene();
				Object before = endpoint.state().apply(scene);
				for (String body : BAD_BODIES) {
					MockHttpServletResponse response = send(endpoint, scene, MediaType.APPLICATION_JSON, body);
					assertProblem(response, body);
				}
				MockHttpServletResponse wrongType = send(endpoint, scene, MediaType.TEXT_PLAIN, "name=x");
				assertThat(wrongType.getStatus()).isEqualTo(415);
				assertThat(endpoint.state().apply(scene)).isEqualTo(before);
			}));
		}
		return tests;
	}

	@Test
	void theInvitationStillWorksAfterBadAttempts() throws Exception {
		Scene scene = new Scene();
		for (String body : BAD_BODIES) {
			mvc.perform(post("/api/v1/invitations/" + scene.invitation).contentType(MediaType.APPLICATION_JSON)
				.content(body));
		}
		int status = mvc
			.perform(post("/api/v1/invitations/" + scene.invitation).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"u" + org.cairn.support.TestData.unique()
						+ "\", \"password\": \"a-long-password\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(201);
	}

	@TestFactory
	List<DynamicTest> malformedAndUnknownIdsAnswerNotFound() {
		Scene scene = new Scene();
		List<String> ids = List.of("not-a-uuid", "1-1-1-1-1", "00000000-0000-4000-8000-000000000000",
				"%27%20or%201=1--", "99999999999999999999999999999999999999999");
		List<DynamicTest> tests = new ArrayList<>();
		for (String id : ids) {
			for (String path : List.of("/team", "/sharing", "/access-log", "/profile", "/alerts",
					"/scores?instrument=fsfi", "/due")) {
				tests.add(DynamicTest.dynamicTest("GET " + id + path, () -> {
					MockHttpServletResponse response = mvc
						.perform(get("/api/v1/patients/" + id + path).header("Authorization", scene.physio.bearer()))
						.andReturn()
						.getResponse();
					// An id with encoded percent signs is stopped by the firewall (400)
					// before routing.
					assertThat(response.getStatus()).isIn(400, 404);
				}));
			}
			tests.add(DynamicTest.dynamicTest("accept " + id, () -> {
				MockHttpServletResponse response = mvc
					.perform(post("/api/v1/patients/" + scene.patient.id() + "/team/" + id + "/accept")
						.header("Authorization", scene.patient.bearer()))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).isIn(400, 404, 409);
			}));
		}
		return tests;
	}

	@Test
	void aSpentInvitationAnswersGoneAndAnUnknownOneNotFound() throws Exception {
		Scene scene = new Scene();
		String body = "{\"username\": \"u" + org.cairn.support.TestData.unique()
				+ "\", \"password\": \"a-long-password\"}";
		mvc.perform(
				post("/api/v1/invitations/" + scene.invitation).contentType(MediaType.APPLICATION_JSON).content(body));
		String again = "{\"username\": \"u" + org.cairn.support.TestData.unique()
				+ "\", \"password\": \"a-long-password\"}";
		assertThat(mvc
			.perform(post("/api/v1/invitations/" + scene.invitation).contentType(MediaType.APPLICATION_JSON)
				.content(again))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(410);
		assertThat(mvc
			.perform(post("/api/v1/invitations/no-such-token").contentType(MediaType.APPLICATION_JSON).content(again))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void anUnknownClinicianOrCategoryIsNamedInTheProblem() throws Exception {
		Scene scene = new Scene();
		MockHttpServletResponse response = mvc
			.perform(request(HttpMethod.PUT, p(scene) + "/sharing").header("Authorization", scene.patient.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"clinicianId\": \"" + scene.therapist.account().id()
						+ "\", \"grants\": {\"horoscope\": true}}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("horoscope");

		response = mvc
			.perform(
					request(HttpMethod.PUT, p(scene) + "/sharing").header("Authorization", scene.patient.bearer())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"clinicianId\": \"" + scene.therapist.account().id()
								+ "\", \"grants\": {\"core\": false}}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("\"core\"");
	}

	private MockHttpServletResponse send(Endpoint endpoint, Scene scene, MediaType type, String body) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.uri().apply(scene))
			.contentType(type)
			.content(body);
		Person caller = endpoint.caller().apply(scene);
		if (caller != null) {
			request.header("Authorization", caller.bearer());
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static void assertProblem(MockHttpServletResponse response, String body) throws Exception {
		String sent = body.length() > 40 ? body.substring(0, 40) + "…" : body;
		assertThat(response.getStatus()).as("status for %s", sent).isIn(400, 401, 409, 413, 422);
		assertThat(response.getContentType()).as("content type for %s", sent).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).as("problem for %s", sent).contains("\"detail\"");
	}

}
