package org.cairn.diary;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The diary API on H2 and PostgreSQL: idempotent writes, date and range rules, safety.
 */
class DiaryApiIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SharingGrants sharing;

	/** The patients' profiles are in UTC, the test clock's zone. */
	private LocalDate today() {
		return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private MockHttpServletResponse send(PatientRecord patient, String body) throws Exception {
		return send(patient, patient.bearer(), body);
	}

	private MockHttpServletResponse send(PatientRecord patient, String bearer, String body) throws Exception {
		return mvc
			.perform(post("/api/v1/patients/{id}/diary", patient.id()).header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private String entry(String clientId, LocalDate date, String more) {
		return "{\"clientId\": \"" + clientId + "\", \"date\": \"" + date + "\", \"pain\": {\"sitting\": 3}, "
				+ "\"attempts\": [{\"type\": \"dilator\", \"dilatorSize\": 2, \"pain\": 5, \"stopped\": true}]"
				+ (more.isEmpty() ? "" : ", " + more) + "}";
	}

	private long entries(PatientRecord patient) {
		return jdbc.sql("select count(*) from diary_entry where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	private long rows(String table, PatientRecord patient) {
		return jdbc
			.sql("select count(*) from " + table + " t join diary_entry e on e.id = t.entry_id "
					+ "where e.patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	private long alerts(PatientRecord patient) {
		return jdbc.sql("select count(*) from safety_alert where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	@Test
	void theSameEntrySentTwiceIsStoredOnceAndTheReplayAnswersWithTheSameId() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		String body = entry("phone-" + TestData.unique(), today(), "\"stress\": 4");
		MockHttpServletResponse first = send(patient, body);
		MockHttpServletResponse again = send(patient, body);
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(json.readTree(again.getContentAsString()).get("id").asString())
			.isEqualTo(json.readTree(first.getContentAsString()).get("id").asString());
		assertThat(entries(patient)).isEqualTo(1);
		assertThat(rows("diary_attempt", patient)).isEqualTo(1);
	}

	@Test
	void concurrentReplaysOfOneEntryStoreItOnce() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		String body = entry("phone-" + TestData.unique(), today(), "\"flare\": true");
		String bearer = patient.bearer();
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(() -> http.send(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/patients/" + patient.id() + "/diary"))
					.header("Authorization", bearer)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
			List<Integer> statuses = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
				statuses.add(answer.get().statusCode());
				ids.add(json.readTree(answer.get().body()).get("id").asString());
			}
			assertThat(statuses).containsOnly(200, 201);
			assertThat(statuses).containsOnlyOnce(201);
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(entries(patient)).isEqualTo(1);
		assertThat(rows("diary_attempt", patient)).isEqualTo(1);
	}

	@Test
	void theSameClientIdWithOtherValuesIsAConflictAndChangesNothing() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		String clientId = "phone-" + TestData.unique();
		assertThat(send(patient, entry(clientId, today(), "\"stress\": 4")).getStatus()).isEqualTo(201);
		MockHttpServletResponse other = send(patient, entry(clientId, today(), "\"stress\": 9"));
		assertThat(other.getStatus()).isEqualTo(409);
		assertThat(other.getContentType()).startsWith("application/problem+json");
		assertThat(entries(patient)).isEqualTo(1);
		JsonNode days = days(patient, patient.bearer(), "");
		assertThat(days.get(0).get("stress").asInt()).isEqualTo(4);
	}

	@Test
	void refusesAFutureDateADateOverAYearBackAndABadFormatStoringNothing() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		for (String date : List.of(today().plusDays(1).toString(), today().minusDays(366).toString(), "2026-13-01",
				"yesterday", "")) {
			MockHttpServletResponse response = send(patient,
					"{\"clientId\": \"c-" + TestData.unique() + "\", \"date\": \"" + date + "\"}");
			assertThat(response.getStatus()).as(date).isEqualTo(422);
			assertThat(json.readTree(response.getContentAsString()).get("errors").has("date")).as(date).isTrue();
		}
		assertThat(send(patient, entry("c-" + TestData.unique(), today().minusDays(365), "")).getStatus())
			.isEqualTo(201);
		assertThat(entries(patient)).isEqualTo(1);
	}

	@Test
	void refusesEveryFieldOutOfItsRangeNamingItAndStoringNothing() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		Map<String, String> bad = Map.ofEntries(Map.entry("pain.sitting", "\"pain\": {\"sitting\": 11}"),
				Map.entry("pain.dancing", "\"pain\": {\"dancing\": 2}"),
				Map.entry("attempts[0].pain", "\"attempts\": [{\"type\": \"finger\", \"pain\": -1}]"),
				Map.entry("attempts[0].type", "\"attempts\": [{\"type\": \"toy\", \"pain\": 1}]"),
				Map.entry("attempts[0].dilatorSize",
						"\"attempts\": [{\"type\": \"dilator\", \"dilatorSize\": 0, \"pain\": 1}]"),
				Map.entry("attempts[0].location",
						"\"attempts\": [{\"type\": \"finger\", \"pain\": 1, \"location\": \"outside\"}]"),
				Map.entry("attempts[0].painAfterMinutes",
						"\"attempts\": [{\"type\": \"finger\", \"pain\": 1, \"painAfterMinutes\": 5000}]"),
				Map.entry("stress", "\"stress\": 11"), Map.entry("sleep", "\"sleep\": 0"),
				Map.entry("cycleDay", "\"cycleDay\": 61"), Map.entry("flare", "\"flare\": \"sometimes\""),
				Map.entry("bowelNote", "\"bowelNote\": \"" + "b".repeat(501) + "\""),
				Map.entry("bladderNote", "\"bladderNote\": \"" + "b".repeat(501) + "\""),
				Map.entry("helped", "\"helped\": \"" + "h".repeat(501) + "\""),
				Map.entry("note", "\"note\": \"" + "n".repeat(2001) + "\""),
				Map.entry("redFlags", "\"redFlags\": [\"itchy-ears\"]"), Map.entry("clientId", "\"clientId\": 7"),
				Map.entry("writtenAt", "\"writtenAt\": \"soon\""), Map.entry("mood", "\"mood\": 5"));
		for (Map.Entry<String, String> c : bad.entrySet()) {
			String body = c.getKey().equals("clientId") ? "{\"date\": \"" + today() + "\", " + c.getValue() + "}"
					: "{\"clientId\": \"c-" + TestData.unique() + "\", \"date\": \"" + today() + "\", " + c.getValue()
							+ "}";
			MockHttpServletResponse response = send(patient, body);
			assertThat(response.getStatus()).as(c.getKey()).isEqualTo(422);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(json.readTree(response.getContentAsString()).get("errors").has(c.getKey())).as(c.getKey())
				.isTrue();
		}
		assertThat(entries(patient)).isZero();
		assertThat(alerts(patient)).isZero();
	}

	@Test
	void aRedFlagAnswerOpensAnAlertCommittedWithTheEntryAndShowsTheSafetyMessage() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.GYNECOLOGY));
		MockHttpServletResponse response = send(patient,
				entry("c-" + TestData.unique(), today(), "\"redFlags\": [\"bleeding-after-sex\"]"));
		assertThat(response.getStatus()).isEqualTo(201);
		JsonNode body = json.readTree(response.getContentAsString());
		assertThat(body.get("safety").get("message").asString()).contains("555-0100");
		String entryId = body.get("id").asString();
		var alert = jdbc
			.sql("select flag, instrument, response_id, status, urgent from safety_alert where patient_id = ?")
			.param(patient.id().value())
			.query((rs, n) -> List.of(rs.getString("flag"), rs.getString("instrument"), rs.getString("response_id"),
					rs.getString("status"), Boolean.toString(rs.getBoolean("urgent"))))
			.single();
		assertThat(alert).containsExactly("bleeding-after-sex", "diary", entryId, "OPEN", "false");
		// A replay shows the message again but opens no second alert.
		send(patient, entry(body.get("clientId").asString(), today(), "\"redFlags\": [\"bleeding-after-sex\"]"));
		assertThat(alerts(patient)).isEqualTo(1);
	}

	@Test
	void aRefusedEntryStoresNothingButStillRaisesItsRedFlag() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.GYNECOLOGY));
		MockHttpServletResponse response = send(patient, "{\"clientId\": \"c-" + TestData.unique() + "\", \"date\": \""
				+ today() + "\", \"stress\": 14, \"redFlags\": [\"fever-pelvic-pain\"]}");
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(json.readTree(response.getContentAsString()).has("safety")).isTrue();
		assertThat(entries(patient)).isZero();
		assertThat(alerts(patient)).isEqualTo(1);
	}

	@Test
	void aLaterEntryAmendsTheDayAndKeepsTheEarlierAsHistory() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		LocalDate day = today().minusDays(2);
		String morning = "{\"clientId\": \"m-" + TestData.unique() + "\", \"date\": \"" + day + "\", \"writtenAt\": \""
				+ day + "T08:00:00Z\", \"pain\": {\"sitting\": 6}, \"stress\": 7, "
				+ "\"attempts\": [{\"type\": \"dilator\", \"dilatorSize\": 2, \"pain\": 6}]}";
		String evening = "{\"clientId\": \"e-" + TestData.unique() + "\", \"date\": \"" + day + "\", \"writtenAt\": \""
				+ day + "T20:00:00Z\", \"pain\": {\"sitting\": 2}, \"stress\": 3, "
				+ "\"attempts\": [{\"type\": \"partner\", \"pain\": 4}]}";
		assertThat(send(patient, evening).getStatus()).isEqualTo(201);
		assertThat(send(patient, morning).getStatus()).isEqualTo(201);
		JsonNode days = days(patient, patient.bearer(), "?from=" + day + "&to=" + day);
		assertThat(days).hasSize(1);
		JsonNode read = days.get(0);
		assertThat(read.get("stress").asInt()).isEqualTo(3);
		assertThat(read.get("pain").get("sitting").asInt()).isEqualTo(2);
		assertThat(read.get("worstPain").get("penetration").asInt()).isEqualTo(6);
		assertThat(read.get("attempts")).hasSize(2);
		assertThat(read.get("history")).hasSize(1);
		assertThat(entries(patient)).isEqualTo(2);
	}

	@Test
	void aTeamMemberReadsTheDiaryOnlyWhileItIsShared() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		send(patient, entry("c-" + TestData.unique(), today(), ""));
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(),
				Map.of(DataCategory.DIARY, false));
		assertThat(days(patient, physio.bearer(), "")).hasSize(1);
		assertThat(status(patient, therapist.bearer(), "")).isEqualTo(403);
		// A member may read the diary but never writes in it.
		assertThat(send(patient, physio.bearer(), entry("c-" + TestData.unique(), today(), "")).getStatus())
			.isEqualTo(403);
		assertThat(entries(patient)).isEqualTo(1);
	}

	@Test
	void refusesBadReversedAndOverlongRanges() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		LocalDate t = today();
		for (String query : List.of("?from=2026-02-30", "?to=tomorrow", "?from=" + t + "&to=" + t.minusDays(1),
				"?from=" + t.minusDays(366) + "&to=" + t)) {
			assertThat(status(patient, patient.bearer(), query)).as(query).isEqualTo(422);
		}
		assertThat(status(patient, patient.bearer(), "?from=" + t.minusDays(365) + "&to=" + t)).isEqualTo(200);
	}

	private JsonNode days(PatientRecord patient, String bearer, String query) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/api/v1/patients/" + patient.id() + "/diary" + query).header("Authorization", bearer))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return json.readTree(response.getContentAsString());
	}

	private int status(PatientRecord patient, String bearer, String query) throws Exception {
		return mvc.perform(get("/api/v1/patients/" + patient.id() + "/diary" + query).header("Authorization", bearer))
			.andReturn()
			.getResponse()
			.getStatus();
	}

}
