package org.cairn.patients;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import org.cairn.questionnaires.ResponseJson;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clinician's home ordered by need, and acting on alerts from the clinician's pages.
 */
class CaseloadAlertsIT extends IntegrationTest {

	@Autowired
	Patients patients;

	@Autowired
	JdbcClient jdbc;

	private void urgentAlert(PatientRecord patient) throws Exception {
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/responses").header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("phq9", ResponseJson.numbered(1, 1, 1, 1, 1, 1, 1, 1, 1))))
			.andExpect(status().isCreated());
	}

	private void followUpAlert(PatientRecord patient) {
		jdbc.sql("""
				insert into safety_alert (id, patient_id, kind, urgent, flag, instrument, raised_at, status)
				values (?, ?, 'safety-answer-needs-follow-up', false, 'bleeding-after-sex', 'cairn-intake', ?, 'OPEN')
				""").params(UUID.randomUUID(), patient.id().value(), OffsetDateTime.now(ZoneOffset.UTC)).update();
	}

	private void startedDaysAgo(PatientRecord patient, int days) {
		jdbc.sql("update patients_patient set created_at = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(days)), patient.id().value())
			.update();
	}

	private String name(PatientRecord patient) {
		return patients.find(patient.id()).orElseThrow().name();
	}

	private String alertId(PatientRecord patient) {
		return jdbc.sql("select id from safety_alert where patient_id = ?")
			.param(patient.id().value())
			.query(String.class)
			.single();
	}

	@Test
	void ordersUrgentAlertsThenOtherAlertsThenOverdueThenTheRest() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord calm = data.patient(physio);
		PatientRecord overdue = data.patient(physio);
		PatientRecord followUp = data.patient(physio);
		PatientRecord urgent = data.patient(physio);
		startedDaysAgo(overdue, 10);
		followUpAlert(followUp);
		urgentAlert(urgent);

		String page = mvc.perform(get("/caseload").with(as(physio)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.indexOf(name(urgent))).isLessThan(page.indexOf(name(followUp)));
		assertThat(page.indexOf(name(followUp))).isLessThan(page.indexOf(name(overdue)));
		assertThat(page.indexOf(name(overdue))).isLessThan(page.indexOf(name(calm)));
		assertThat(page).contains("Urgent safety alert (1)")
			.contains("Safety answer needs follow-up (1)")
			.contains("Overdue: Getting to know you, Pain check, Sexual function (FSFI)")
			.contains("href=\"/patients/" + urgent.id() + "/alerts\"");
	}

	@Test
	void aMemberWithoutTheMentalHealthGrantStillSeesThatAnAlertExistsButNoDetail() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		urgentAlert(patient);

		mvc.perform(get("/caseload").with(as(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Urgent safety alert (1)")))
			.andExpect(content().string(not(containsString("PHQ"))))
			.andExpect(content().string(not(containsString("self-harm"))));
		mvc.perform(get("/patients/" + patient.id() + "/alerts").with(as(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A safety answer needs follow-up")))
			.andExpect(content().string(containsString(">Urgent<")))
			.andExpect(content().string(not(containsString("phq9"))));
	}

	@Test
	void aClinicianAcknowledgesThenResolvesAnAlertOnThePageAndABlankNoteIsRefused() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		urgentAlert(patient);
		String alert = alertId(patient);
		String base = "/patients/" + patient.id() + "/alerts/" + alert;

		mvc.perform(post(base + "/acknowledge").with(as(physio)).with(csrf()))
			.andExpect(redirectedUrl("/patients/" + patient.id() + "/alerts?acknowledged"));
		mvc.perform(post(base + "/resolve").with(as(physio)).with(csrf()).param("note", "  "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Say how the alert was followed up")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(alertStatus(patient)).isEqualTo("ACKNOWLEDGED");

		mvc.perform(post(base + "/resolve").with(as(physio)).with(csrf()).param("note", "Called: safe, sees GP today."))
			.andExpect(redirectedUrl("/patients/" + patient.id() + "/alerts?resolved"));
		assertThat(alertStatus(patient)).isEqualTo("RESOLVED");
		mvc.perform(get("/caseload").with(as(physio)))
			.andExpect(content().string(not(containsString("Urgent safety alert"))));
		mvc.perform(post(base + "/acknowledge").with(as(physio)).with(csrf())).andExpect(status().isConflict());
	}

	private String alertStatus(PatientRecord patient) {
		return jdbc.sql("select status from safety_alert where patient_id = ?")
			.param(patient.id().value())
			.query(String.class)
			.single();
	}

	/**
	 * The caseload reads alerts, schedules and last responses for all listed patients at
	 * once: each repository method takes a collection (hazard H29).
	 */
	@Test
	void readsAlertsAndLastResponsesForAllListedPatientsAtOnce() throws Exception {
		assertThat(Class.forName("org.cairn.safety.JdbcAlerts").getDeclaredMethod("unresolved", Collection.class))
			.isNotNull();
		assertThat(Class.forName("org.cairn.questionnaires.JdbcSchedules")
			.getDeclaredMethod("lastResponses", Collection.class)).isNotNull();
		assertThat(Class.forName("org.cairn.questionnaires.JdbcSchedules").getDeclaredMethod("rules", Collection.class))
			.isNotNull();
		assertThat(JdbcPatients.class.getDeclaredMethod("enrolments", Collection.class)).isNotNull();
	}

}
