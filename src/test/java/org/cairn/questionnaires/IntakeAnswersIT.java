package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IntakeAnswersIT extends IntegrationTest {

	@Autowired
	IntakeAnswers intakes;

	@Autowired
	ScoreHistory scores;

	void submit(PatientRecord patient, String instrument, Map<String, ?> answers, String authored) throws Exception {
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of(instrument, answers, authored))).andExpect(status().isCreated());
	}

	@Test
	void readsTheLatestIntakeByConceptWithDeclinedAnswersCarryingNoValue() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		PatientRecord patient = data.patient(gyn);
		submit(patient, "cairn-intake", Map.of("pain-worst-nrs", 9), "2026-01-05T09:00:00Z");
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("pain-activities", List.of(ResponseJson.concept("penetration"), ResponseJson.concept("tampon")));
		answers.put("pain-worst-nrs", 7);
		answers.put("bowel-constipation", true);
		answers.put("bowel-straining", false);
		answers.put("has-partner", ResponseJson.DECLINED);
		answers.put("goal-text", List.of("Use a tampon without dreading it"));
		answers.put("priority-activity", ResponseJson.concept("tampon"));
		submit(patient, "cairn-intake", answers, "2026-02-05T09:00:00Z");

		Intake intake = intakes.latest(patient.id()).orElseThrow();

		assertThat(intake.get("pain-worst-nrs").integer()).contains(7);
		assertThat(intake.get("pain-activities").codes()).containsExactly("penetration", "tampon");
		assertThat(intake.get("bowel-constipation").yes()).isTrue();
		assertThat(intake.get("bowel-straining").no()).isTrue();
		assertThat(intake.get("has-partner").state()).isEqualTo(ConceptAnswer.State.DECLINED);
		assertThat(intake.get("has-partner").values()).isEmpty();
		assertThat(intake.get("dx-ibs").state()).isEqualTo(ConceptAnswer.State.NOT_ANSWERED);
		assertThat(intake.get("goal-text").codes()).containsExactly("Use a tampon without dreading it");
		assertThat(intake.get("priority-activity").has("tampon")).isTrue();
	}

	@Test
	void readsManyPatientsIntakesAndScoresAtOnce() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord first = data.patient(physio);
		PatientRecord second = data.patient(physio);
		PatientRecord without = data.patient(physio);
		submit(first, "cairn-intake", Map.of("pain-sitting", true), null);
		submit(second, "cairn-intake", Map.of("pain-sitting", false), null);
		submit(first, "phq9", ResponseJson.numbered(1, 1, 1, 1, 1, 1, 1, 1, 0), "2026-01-01T09:00:00Z");
		submit(first, "phq9", ResponseJson.numbered(2, 2, 2, 1, 1, 1, 1, 1, 0), "2026-02-01T09:00:00Z");

		var found = intakes.latest(List.of(first.id(), second.id(), without.id()));
		var histories = scores.histories(List.of(first.id(), second.id(), without.id()), List.of("phq9", "gad7"));

		assertThat(found).containsOnlyKeys(first.id(), second.id());
		assertThat(found.get(first.id()).get("pain-sitting").yes()).isTrue();
		assertThat(found.get(second.id()).get("pain-sitting").no()).isTrue();
		assertThat(histories).containsOnlyKeys(first.id());
		assertThat(histories.get(first.id()).get("phq9")).extracting(ScorePoint::total)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("8"), new BigDecimal("11"));
		assertThat(scores.latest(first.id(), List.of("phq9")).get("phq9").band()).isEqualTo("moderate");
		assertThat(scores.category("phq9")).contains(DataCategory.MENTAL_HEALTH);
	}

}
