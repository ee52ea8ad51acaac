package org.cairn.questionnaires;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.patients.Patients;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DueApiIT extends IntegrationTest {

	@Autowired
	Schedules schedules;

	@Autowired
	SharingGrants sharing;

	@Autowired
	Patients patients;

	@Autowired
	JsonMapper json;

	private JsonNode due(PatientRecord patient, String bearer) throws Exception {
		return json
			.readTree(mvc.perform(get("/api/v1/patients/" + patient.id() + "/due").header("Authorization", bearer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	private String fresh(Person person) {
		return "Bearer " + data.tokenFor(person.username(), TestData.PASSWORD);
	}

	private static List<String> instruments(JsonNode due) {
		return due.valueStream().map(d -> d.get("instrument").asString()).toList();
	}

	private static JsonNode item(JsonNode due, String instrument) {
		return due.valueStream()
			.filter(d -> d.get("instrument").asString().equals(instrument))
			.findFirst()
			.orElse(null);
	}

	private void answer(PatientRecord patient, String instrument, Map<String, ?> answers) throws Exception {
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/responses").header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of(instrument, answers))).andExpect(status().isCreated());
	}

	@Test
	void aNewPatientIsDueTheIntakeAndEveryBaselineSinceToday() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);

		JsonNode due = due(patient, patient.bearer());

		assertThat(instruments(due)).containsExactly("cairn-intake", "nrs-pain", "fsfi", "peg", "phq9", "gad7");
		String today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
		assertThat(due.valueStream()).allSatisfy(d -> {
			assertThat(d.get("dueSince").asString()).isEqualTo(today);
			assertThat(d.get("overdue").asBoolean()).isFalse();
		});
		assertThat(item(due, "nrs-pain").get("why").asString()).isEqualTo("starting measure, weekly after that");
		assertThat(instruments(due(patient, physio.bearer()))).hasSize(6);
	}

	@Test
	void weeklyPainComesBackAfterAWeekAndIsOverdueAfterTwo() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		answer(patient, "nrs-pain", Map.of("penetration", 6));
		assertThat(instruments(due(patient, patient.bearer()))).doesNotContain("nrs-pain");
		try {
			clock.advance(Duration.ofDays(7));
			// Tokens expire as the clock moves: sign in again at the new time.
			JsonNode week = item(due(patient, fresh(patient.person())), "nrs-pain");
			assertThat(week.get("overdue").asBoolean()).isFalse();
			assertThat(week.get("why").asString()).isEqualTo("weekly check; last one 7 days ago");

			clock.advance(Duration.ofDays(8));
			JsonNode late = item(due(patient, fresh(patient.person())), "nrs-pain");
			assertThat(late.get("overdue").asBoolean()).isTrue();
			assertThat(late.get("why").asString()).isEqualTo("weekly check; last one 15 days ago");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void followsTheScheduleOfTheInvitingClinicianPractice() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		schedules.save(physio.actor().practiceId(),
				new Schedule(List.of(new Schedule.Rule("nrs-pain", 2, false), new Schedule.Rule("phq9", 4, true))),
				physio.account().id());
		PatientRecord patient = data.patient(physio);

		assertThat(instruments(due(patient, patient.bearer()))).containsExactly("cairn-intake", "nrs-pain", "phq9");
	}

	@Test
	void aRaisedPhq9RepeatIsListedOnlyToThoseThePatientSharesMentalHealthWith() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		sharing.decide(patient.person().actor(), patient.id(), physio.account().id(),
				Map.of(DataCategory.MENTAL_HEALTH, true));
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(),
				Map.of(DataCategory.MENTAL_HEALTH, false));
		// Total 12 (moderate), item 9 = 0: no alert.
		answer(patient, "phq9", ResponseJson.numbered(2, 2, 2, 2, 2, 1, 1, 0, 0));
		try {
			clock.advance(Duration.ofDays(28));
			assertThat(instruments(due(patient, fresh(patient.person())))).contains("phq9");
			assertThat(instruments(due(patient, fresh(physio)))).contains("phq9");
			assertThat(instruments(due(patient, fresh(therapist)))).doesNotContain("phq9").contains("gad7");
		}
		finally {
			clock.reset();
		}
	}

}
