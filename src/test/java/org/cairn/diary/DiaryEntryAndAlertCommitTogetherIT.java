package org.cairn.diary;

import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cairn.questionnaires.RedFlagRaised;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.PatientRecord;
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
 * A diary entry and the alert its safety answer raises commit together or not at all
 * (hazard D04): when the alert cannot be opened, the entry is not stored either, so the
 * device keeps it and sends it again. Its own context, because it adds a failing
 * listener.
 */
class DiaryEntryAndAlertCommitTogetherIT extends IntegrationTest {

	static final AtomicBoolean FAIL = new AtomicBoolean();

	@TestConfiguration
	static class FailingListener {

		@Bean
		Object failsOnDiaryRedFlags() {
			return new Object() {

				@EventListener
				void on(RedFlagRaised event) {
					if (FAIL.get() && event.instrument().equals("diary")) {
						throw new IllegalStateException("simulated failure while handling a red flag");
					}
				}

			};
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesNeitherTheEntryNorTheAlertWhenTheAlertCannotBeOpened() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.GYNECOLOGY));
		String body = "{\"clientId\": \"c-" + TestData.unique() + "\", \"date\": \""
				+ clock.instant().atZone(ZoneOffset.UTC).toLocalDate() + "\", \"redFlags\": [\"blood-in-stool\"]}";
		FAIL.set(true);
		try {
			mvc.perform(post("/api/v1/patients/{id}/diary", patient.id()).header("Authorization", patient.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isInternalServerError());
		}
		finally {
			FAIL.set(false);
		}
		assertThat(count("diary_entry", patient)).isZero();
		assertThat(count("safety_alert", patient)).isZero();

		// The device sends the same entry again: now both are stored, once.
		mvc.perform(post("/api/v1/patients/{id}/diary", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
		assertThat(count("diary_entry", patient)).isEqualTo(1);
		assertThat(count("safety_alert", patient)).isEqualTo(1);
	}

	private long count(String table, PatientRecord patient) {
		return jdbc.sql("select count(*) from " + table + " where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

}
