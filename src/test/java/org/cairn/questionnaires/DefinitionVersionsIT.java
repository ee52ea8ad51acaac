package org.cairn.questionnaires;

import java.time.Instant;
import java.util.Map;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new version of a definition is a new row; responses keep pointing at the version they
 * answered, and a restart never replaces a newer stored version with an older shipped one
 * (hazard H22). Uses {@code peg}, whose version no other test depends on.
 */
class DefinitionVersionsIT extends IntegrationTest {

	@Autowired
	JdbcQuestionnaires definitions;

	@Autowired
	DefinitionSeeder seeder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesEachResponseAgainstTheVersionItAnsweredAndKeepsTheNewestAtRestart() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		String v1 = definitions.definition("peg", 1).orElseThrow().json();
		if (definitions.latestVersion("peg").orElseThrow() < 2) {
			definitions.insertDefinition(
					new Definition("peg", 2, v1.replace("\"version\": \"1\"", "\"version\": \"2\"")), Instant.now());
		}
		seeder.run(new DefaultApplicationArguments());
		assertThat(definitions.latestVersion("peg")).contains(2);

		String answers = ResponseJson.of("peg", Map.of("1", 4, "2", 4, "3", 4));
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(answers)).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(answers.replace("Questionnaire/peg", "Questionnaire/peg|1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));

		assertThat(jdbc.sql("select version from questionnaires_response where patient_id = ? order by version")
			.param(patient.id().value())
			.query(Integer.class)
			.list()).containsExactly(1, 2);
		assertThat(jdbc.sql("select json from questionnaires_response where patient_id = ? and version = 1")
			.param(patient.id().value())
			.query(String.class)
			.single()).contains("\"questionnaire\":\"Questionnaire/peg|1\"",
					"\"subject\":{\"reference\":\"Patient/" + patient.id());
		mvc.perform(get("/api/v1/instruments/peg").header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$.version").value("2"));
	}

}
