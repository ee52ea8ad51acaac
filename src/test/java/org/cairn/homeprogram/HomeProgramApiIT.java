package org.cairn.homeprogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.platform.PatientId;
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
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomeProgramApiIT extends IntegrationTest {

	static final String BREATHING = Library.idOf("belly-breathing").toString();

	static final String DILATOR = Library.idOf("dilator-resting").toString();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SharingGrants sharing;

	@Autowired
	Adherence adherence;

	Person physio;

	Person therapist;

	PatientRecord patient;

	@BeforeEach
	void aPatientWithAPhysioAndATherapist() {
		physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		therapist = data.clinician(Discipline.SEX_THERAPY);
		patient = data.patient(physio, therapist);
	}

	String base() {
		return "/api/v1/patients/" + patient.id();
	}

	MockHttpServletResponse send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Person caller, String body) throws Exception {
		return mvc.perform(
				request.header("Authorization", caller.bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
	}

	String prescribe(Person clinician, String exerciseId, String schedule) throws Exception {
		MockHttpServletResponse response = send(post(base() + "/home-program"), clinician,
				"{\"exerciseId\": \"" + exerciseId + "\", \"dose\": \"10 breaths\", \"schedule\": " + schedule + "}");
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return json.readTree(response.getContentAsString()).get("id").asString();
	}

	String logBody(String clientId, String prescriptionId, LocalDate date, int discomfort, String note) {
		return "{\"clientId\": \"" + clientId + "\", \"prescriptionId\": \"" + prescriptionId + "\", \"date\": \""
				+ date + "\", \"discomfort\": " + discomfort + (note == null ? "" : ", \"note\": \"" + note + "\"")
				+ "}";
	}

	long logs() {
		return jdbc.sql("select count(*) from homeprogram_log where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	void aClinicianPrescribesFromTheLibraryAndBothSidesSeeIt() throws Exception {
		String id = prescribe(physio, BREATHING, "{\"days\": [\"mon\", \"wed\", \"fri\"]}");

		for (Person reader : List.of(patient.person(), physio, therapist)) {
			mvc.perform(get(base() + "/home-program").header("Authorization", reader.bearer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].id").value(id))
				.andExpect(jsonPath("$[0].exerciseId").value(BREATHING))
				.andExpect(jsonPath("$[0].title").value("Belly breathing lying down"))
				.andExpect(jsonPath("$[0].dose").value("10 breaths"))
				.andExpect(jsonPath("$[0].schedule.days[0]").value("mon"))
				.andExpect(jsonPath("$[0].schedule.days", hasSize(3)))
				.andExpect(jsonPath("$[0].interventionId").doesNotExist());
		}
		mvc.perform(get("/api/v1/exercises?category=breathing").header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + BREATHING + "')].discipline").value("pelvic-floor-pt"));
		mvc.perform(get("/api/v1/exercises/" + BREATHING).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps", hasSize(5)))
			.andExpect(jsonPath("$.stopIf").isNotEmpty());
	}

	@Test
	void theSameExerciseLogRequestSentTwiceStoresOneEntry() throws Exception {
		String prescription = prescribe(physio, BREATHING, "{\"timesPerWeek\": 7}");
		String body = logBody("offline-" + UUID.randomUUID(), prescription, today(), 3, "Easier today");

		MockHttpServletResponse first = send(post(base() + "/exercise-logs"), patient.person(), body);
		MockHttpServletResponse replay = send(post(base() + "/exercise-logs"), patient.person(), body);

		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(replay.getStatus()).isEqualTo(200);
		assertThat(json.readTree(replay.getContentAsString()).get("id").asString())
			.isEqualTo(json.readTree(first.getContentAsString()).get("id").asString());
		assertThat(logs()).isEqualTo(1);
	}

	@Test
	void theSameClientIdWithAnotherBodyIsAConflictAndChangesNothing() throws Exception {
		String prescription = prescribe(physio, BREATHING, "{\"timesPerWeek\": 7}");
		String clientId = UUID.randomUUID().toString();
		send(post(base() + "/exercise-logs"), patient.person(), logBody(clientId, prescription, today(), 3, null));

		MockHttpServletResponse other = send(post(base() + "/exercise-logs"), patient.person(),
				logBody(clientId, prescription, today(), 4, null));

		assertThat(other.getStatus()).isEqualTo(409);
		assertThat(other.getContentType()).startsWith("application/problem+json");
		assertThat(jdbc.sql("select discomfort from homeprogram_log where client_id = ?")
			.param(clientId)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void concurrentReplaysOfOneEntryStoreItOnce() throws Exception {
		String prescription = prescribe(physio, BREATHING, "{\"timesPerWeek\": 7}");
		String body = logBody(UUID.randomUUID().toString(), prescription, today(), 2, null);
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + base() + "/exercise-logs"))
			.header("Authorization", patient.bearer())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				calls.add(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
			}
			List<Integer> statuses = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
				statuses.add(answer.get().statusCode());
				ids.add(json.readTree(answer.get().body()).get("id").asString());
			}
			assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(logs()).isEqualTo(1);
	}

	@Test
	void gradedInsertionIsPrescribedOnlyAfterThePatientAgreesAndWithdrawingPausesIt() throws Exception {
		MockHttpServletResponse refused = send(post(base() + "/home-program"), physio,
				"{\"exerciseId\": \"" + DILATOR + "\", \"dose\": \"5 minutes\", \"schedule\": {\"timesPerWeek\": 3}}");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("agreed to insertion exercises").contains("exerciseId");
		assertThat(jdbc.sql("select count(*) from homeprogram_prescription where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single()).isZero();

		send(put(base() + "/home-program/insertion-agreement"), patient.person(), "{\"agreed\": true}");
		String id = prescribe(physio, DILATOR, "{\"timesPerWeek\": 3}");

		MockHttpServletResponse off = send(put(base() + "/home-program/insertion-agreement"), patient.person(),
				"{\"agreed\": false}");
		assertThat(off.getStatus()).isEqualTo(200);
		mvc.perform(get(base() + "/home-program").header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$[0].status").value("paused"));
		MockHttpServletResponse log = send(post(base() + "/exercise-logs"), patient.person(),
				logBody(UUID.randomUUID().toString(), id, today(), 2, null));
		assertThat(log.getStatus()).isEqualTo(422);
		assertThat(logs()).isZero();
		// A clinician cannot turn it on for the patient.
		assertThat(send(put(base() + "/home-program/insertion-agreement"), physio, "{\"agreed\": true}").getStatus())
			.isEqualTo(403);
	}

	@Test
	void aTeamMemberWithoutHomeProgramSharedIsRefused() throws Exception {
		prescribe(physio, BREATHING, "{\"timesPerWeek\": 3}");
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(),
				Map.of(DataCategory.HOME_PROGRAM, false));

		mvc.perform(get(base() + "/home-program").header("Authorization", therapist.bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(get(base() + "/exercise-logs").header("Authorization", therapist.bearer()))
			.andExpect(status().isForbidden());
		mvc.perform(get(base() + "/home-program/adherence").header("Authorization", therapist.bearer()))
			.andExpect(status().isForbidden());
		assertThat(send(post(base() + "/home-program"), therapist,
				"{\"exerciseId\": \"" + BREATHING + "\", \"dose\": \"x\", \"schedule\": {\"timesPerWeek\": 3}}")
			.getStatus()).isEqualTo(403);
		mvc.perform(get("/patients/" + patient.id() + "/home-program").with(org.cairn.support.SignedIn.as(therapist)))
			.andExpect(status().isForbidden());
	}

	@Test
	void badLogEntriesAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
		String prescription = prescribe(physio, BREATHING, "{\"timesPerWeek\": 7}");
		Map<String, String> cases = Map.of("discomfort",
				logBody(UUID.randomUUID().toString(), prescription, today(), 11, null), "date",
				logBody(UUID.randomUUID().toString(), prescription, today().plusDays(1), 2, null), "date ",
				logBody(UUID.randomUUID().toString(), prescription, today().minusDays(400), 2, null), "prescriptionId",
				logBody(UUID.randomUUID().toString(), UUID.randomUUID().toString(), today(), 2, null), "clientId",
				logBody("has spaces", prescription, today(), 2, null), "note",
				logBody(UUID.randomUUID().toString(), prescription, today(), 2, "x".repeat(501)), "date  ",
				logBody(UUID.randomUUID().toString(), prescription, today().minusDays(3), 2, null));
		for (Map.Entry<String, String> c : cases.entrySet()) {
			MockHttpServletResponse response = send(post(base() + "/exercise-logs"), patient.person(), c.getValue());
			assertThat(response.getStatus()).as(c.getKey()).isEqualTo(422);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(json.readTree(response.getContentAsString()).get("errors").has(c.getKey().strip()))
				.as(c.getKey() + ": " + response.getContentAsString())
				.isTrue();
		}
		assertThat(logs()).isZero();
	}

	@Test
	void badPrescriptionsAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
		Map<String, String> cases = Map.of("exerciseId",
				"{\"exerciseId\": \"" + UUID.randomUUID()
						+ "\", \"dose\": \"5 minutes\", \"schedule\": {\"timesPerWeek\": 3}}",
				"dose",
				"{\"exerciseId\": \"" + BREATHING + "\", \"dose\": \"  \", \"schedule\": {\"timesPerWeek\": 3}}",
				"schedule", "{\"exerciseId\": \"" + BREATHING + "\", \"dose\": \"5 minutes\"}", "schedule.timesPerWeek",
				"{\"exerciseId\": \"" + BREATHING + "\", \"dose\": \"5 minutes\", \"schedule\": {\"timesPerWeek\": 8}}",
				"schedule.days",
				"{\"exerciseId\": \"" + BREATHING
						+ "\", \"dose\": \"5 minutes\", \"schedule\": {\"days\": [\"someday\"]}}",
				"interventionId", "{\"exerciseId\": \"" + BREATHING + "\", \"dose\": \"5 minutes\", \"schedule\": "
						+ "{\"timesPerWeek\": 3}, \"interventionId\": \"" + UUID.randomUUID() + "\"}");
		for (Map.Entry<String, String> c : cases.entrySet()) {
			MockHttpServletResponse response = send(post(base() + "/home-program"), physio, c.getValue());
			assertThat(response.getStatus()).as(c.getKey()).isEqualTo(422);
			assertThat(json.readTree(response.getContentAsString()).get("errors").has(c.getKey()))
				.as(c.getKey() + ": " + response.getContentAsString())
				.isTrue();
		}
		assertThat(jdbc.sql("select count(*) from homeprogram_prescription where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aChangeStartsANewVersionAndAStopKeepsTheRecord() throws Exception {
		String id = prescribe(physio, BREATHING, "{\"timesPerWeek\": 3}");
		MockHttpServletResponse changed = send(put(base() + "/home-program/" + id), physio,
				"{\"dose\": \"15 breaths\", \"schedule\": {\"days\": [\"tue\", \"thu\"]}}");
		assertThat(changed.getStatus()).isEqualTo(200);
		String next = json.readTree(changed.getContentAsString()).get("id").asString();
		assertThat(next).isNotEqualTo(id);

		assertThat(send(put(base() + "/home-program/" + id), physio,
				"{\"dose\": \"again\", \"schedule\": {\"timesPerWeek\": 2}}")
			.getStatus()).as("an ended version is not changed again").isEqualTo(409);
		assertThat(send(post(base() + "/home-program/" + next + "/stop"), physio, "{\"reason\": \" \"}").getStatus())
			.isEqualTo(422);
		assertThat(send(post(base() + "/home-program/" + next + "/stop"), physio,
				"{\"reason\": \"Flared after each session; back to breathing only.\"}")
			.getStatus()).isEqualTo(200);

		mvc.perform(get(base() + "/home-program").header("Authorization", patient.bearer()))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get(base() + "/home-program?include=all").header("Authorization", patient.bearer()))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].status").value("changed"))
			.andExpect(jsonPath("$[1].status").value("stopped"))
			.andExpect(jsonPath("$[1].dose").value("15 breaths"))
			.andExpect(jsonPath("$[1].endReason").value("Flared after each session; back to breathing only."));
	}

	@Test
	void weeklyAdherenceIsReadForManyPatientsAtOnce() throws Exception {
		String id = prescribe(physio, BREATHING, "{\"timesPerWeek\": 7}");
		send(post(base() + "/exercise-logs"), patient.person(),
				logBody(UUID.randomUUID().toString(), id, today(), 1, null));
		PatientRecord quiet = data.patient(physio);

		Map<PatientId, List<WeeklyAdherence>> weeks = adherence.weekly(List.of(patient.id(), quiet.id()),
				today().minusWeeks(1), today());

		assertThat(weeks).containsOnlyKeys(patient.id(), quiet.id());
		WeeklyAdherence thisWeek = weeks.get(patient.id()).get(weeks.get(patient.id()).size() - 1);
		assertThat(thisWeek.done()).isEqualTo(1);
		assertThat(thisWeek.due()).isEqualTo(1);
		assertThat(weeks.get(quiet.id())).allSatisfy(w -> assertThat(w.ratio()).isNull());

		mvc.perform(get(base() + "/home-program/adherence").header("Authorization", physio.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weeks", hasSize(ProgramViews.WEEKS)))
			.andExpect(jsonPath("$.weeks[7].done").value(1));
	}

	@Test
	void aPracticesOwnExerciseIsSeenByItsStaffAndThePatientsItIsPrescribedTo() throws Exception {
		String body = """
				{"title": "Wall sit with breath", "category": "coordination-strength", "discipline": "pelvic-floor-pt",
				 "domains": ["movement-and-posture"], "purpose": "Build steady legs while you breathe.",
				 "steps": ["Lean on a wall.", "Slide down a little.", "Breathe out as you stand."],
				 "dose": "5 times", "cautions": "Knees over ankles.", "stopIf": "Stop if your knees hurt."}
				""";
		MockHttpServletResponse added = send(post("/api/v1/exercises"), physio, body);
		assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
		String id = json.readTree(added.getContentAsString()).get("id").asString();

		assertThat(mvc.perform(get("/api/v1/exercises/" + id).header("Authorization", therapist.bearer()))
			.andReturn()
			.getResponse()
			.getStatus()).as("another practice").isEqualTo(404);
		assertThat(mvc.perform(get("/api/v1/exercises/" + id).header("Authorization", patient.bearer()))
			.andReturn()
			.getResponse()
			.getStatus()).as("not prescribed yet").isEqualTo(404);
		assertThat(send(post(base() + "/home-program"), therapist,
				"{\"exerciseId\": \"" + id + "\", \"dose\": \"5\", \"schedule\": {\"timesPerWeek\": 3}}")
			.getStatus()).isEqualTo(422);

		prescribe(physio, id, "{\"timesPerWeek\": 3}");
		mvc.perform(get("/api/v1/exercises/" + id).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Wall sit with breath"))
			.andExpect(jsonPath("$.source").value("practice"));
		MockHttpServletResponse bad = send(post("/api/v1/exercises"), physio,
				"{\"title\": \"\", \"category\": \"yoga\", \"domains\": [\"luck\"], \"steps\": []}");
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString()).contains("title")
			.contains("category")
			.contains("domains")
			.contains("steps");
		assertThat(send(post("/api/v1/exercises"), patient.person(), body).getStatus()).isEqualTo(403);
	}

	@Test
	void anUnknownLibraryFilterIsNamed() throws Exception {
		mvc.perform(get("/api/v1/exercises?category=yoga").header("Authorization", physio.bearer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.category").exists());
		JsonNode pelvic = json.readTree(mvc
			.perform(get("/api/v1/exercises?domain=bowel&discipline=pelvic-floor-pt").header("Authorization",
					physio.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(pelvic.size()).isPositive();
		pelvic.forEach(e -> assertThat(e.get("discipline").asString()).isEqualTo("pelvic-floor-pt"));
	}

}
