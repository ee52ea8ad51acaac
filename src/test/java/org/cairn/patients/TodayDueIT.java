package org.cairn.patients;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.cairn.questionnaires.ResponseJson;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The questionnaires card on the patient's home. */
class TodayDueIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private String today(PatientRecord patient) throws Exception {
		return mvc.perform(get("/today").with(as(patient.person())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void listsWhatIsDueWithALinkToEachQuestionnaire() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));

		String page = today(patient);

		assertThat(page).contains("href=\"/questionnaires/cairn-intake\"")
			// The intake is listed once, as waiting to be started, not again as due.
			.contains("Start: Getting to know you (intake)")
			.contains("href=\"/questionnaires/nrs-pain\"")
			.contains(">Pain check<")
			.contains("Ready since")
			.doesNotContain("Nothing to fill in right now.");
	}

	@Test
	void saysWhyAWeeklyCheckIsBackAndWhenTheLastOneWas() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/responses").header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("nrs-pain", Map.of("penetration", 6)))).andExpect(status().isCreated());
		try {
			clock.advance(Duration.ofDays(8));
			assertThat(today(patient)).contains("Asked every week. Your last one was 8 days ago.");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void anOverdueQuestionnaireIsWordedCalmlyNeverInRedOrWithBlame() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		jdbc.sql("update patients_patient set created_at = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(12)), patient.id().value())
			.update();

		String page = today(patient);

		assertThat(page).contains("Still here for you, since")
			.doesNotContain("status--urgent")
			.doesNotContain("banner--safety")
			.doesNotContainIgnoringCase("overdue")
			.doesNotContainIgnoringCase(" late")
			.doesNotContainIgnoringCase("missed");
	}

}
