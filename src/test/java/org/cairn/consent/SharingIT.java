package org.cairn.consent;

import org.cairn.platform.ForbiddenException;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SharingIT extends IntegrationTest {

	@Autowired
	AccessPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void newMemberSeesPlanHomeProgramAndDiaryAndIsAskedAboutTheRest() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);

		mvc.perform(get("/api/v1/patients/{id}/sharing", patient.id()).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].grants.core").value(true))
			.andExpect(jsonPath("$.members[0].grants.diary").value(true))
			.andExpect(jsonPath("$.members[0].grants['care-plan']").value(true))
			.andExpect(jsonPath("$.members[0].grants['trauma-history']").value(false))
			.andExpect(jsonPath("$.members[0].undecided[0]").value("medical-history"));
		assertThatNoException()
			.isThrownBy(() -> policy.read(physio.actor(), patient.id(), DataCategory.DIARY, "diary"));
		assertThatThrownBy(() -> policy.read(physio.actor(), patient.id(), DataCategory.TRAUMA_HISTORY, "intake"))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void withdrawingConsentTakesEffectAtOnceAndStaysOnTheRecord() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);

		mvc.perform(put("/api/v1/patients/{id}/sharing", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"clinicianId\": \"" + physio.account().id()
					+ "\", \"grants\": {\"diary\": false, \"exam-findings\": true}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[0].grants.diary").value(false))
			.andExpect(jsonPath("$.members[0].grants['exam-findings']").value(true));

		assertThatThrownBy(() -> policy.read(physio.actor(), patient.id(), DataCategory.DIARY, "diary"))
			.isInstanceOf(ForbiddenException.class);
		assertThatNoException()
			.isThrownBy(() -> policy.read(physio.actor(), patient.id(), DataCategory.EXAM_FINDINGS, "assessment"));
		assertThat(jdbc.sql("select category, shared from consent_grant_change where patient_id = ? order by category")
			.param(patient.id().value())
			.query((rs, n) -> rs.getString(1) + "=" + rs.getBoolean(2))
			.list()).containsExactly("diary=false", "exam-findings=true");
	}

	@Test
	void onlyTeamMembersCanBeGivenAccess() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		Person stranger = data.clinician(Discipline.UROLOGY);
		mvc.perform(put("/api/v1/patients/{id}/sharing", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"clinicianId\": \"" + stranger.account().id() + "\", \"grants\": {\"diary\": true}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.clinicianId").exists());
		assertThatThrownBy(() -> policy.read(stranger.actor(), patient.id(), DataCategory.DIARY, "diary"))
			.isInstanceOf(org.cairn.platform.NotFoundException.class);
	}

}
