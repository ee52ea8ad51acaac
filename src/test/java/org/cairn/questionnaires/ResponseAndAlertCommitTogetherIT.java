package org.cairn.questionnaires;

import java.util.concurrent.atomic.AtomicBoolean;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A response and the alert it raises commit together or not at all (hazard H21): when
 * handling the red flag fails, the response is not stored either, so the patient is never
 * told their team was alerted about an answer that has no alert. Its own context, because
 * it adds a failing listener.
 */
class ResponseAndAlertCommitTogetherIT extends IntegrationTest {

	static final AtomicBoolean FAIL = new AtomicBoolean();

	@TestConfiguration
	static class FailingListener {

		@Bean
		Object failsOnRedFlags() {
			return new Object() {

				@EventListener
				void on(RedFlagRaised event) {
					if (FAIL.get()) {
						throw new IllegalStateException("simulated failure while handling a red flag");
					}
				}

			};
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesNeitherTheResponseNorTheAlertWhenTheAlertCannotBeRaised() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		FAIL.set(true);
		try {
			mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(ResponseJson.of("phq9", ResponseJson.numbered(1, 1, 1, 1, 1, 1, 1, 1, 2))))
				.andExpect(status().isInternalServerError());
		}
		finally {
			FAIL.set(false);
		}
		assertThat(count("questionnaires_response", patient)).isZero();
		assertThat(count("safety_alert", patient)).isZero();

		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("phq9", ResponseJson.numbered(1, 1, 1, 1, 1, 1, 1, 1, 2))))
			.andExpect(status().isCreated());
		assertThat(count("questionnaires_response", patient)).isEqualTo(1);
		assertThat(count("safety_alert", patient)).isEqualTo(1);
	}

	private long count(String table, PatientRecord patient) {
		return jdbc.sql("select count(*) from " + table + " where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

}
