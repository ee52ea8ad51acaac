package org.cairn.contributors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ContributorsIT extends IntegrationTest {

	@Autowired
	SharingGrants sharing;

	@Autowired
	JdbcClient jdbc;

	Person physio;

	Person therapist;

	PatientRecord patient;

	/**
	 * Sam: pain with penetration and tampons, constipation and straining, and a past
	 * experience shared behind the opt-in; trauma history shared with the sex therapist
	 * only.
	 */
	void samsStory() throws Exception {
		physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		therapist = data.clinician(Discipline.SEX_THERAPY);
		patient = data.patient(physio, therapist);
		Map<DataCategory, Boolean> all = new java.util.EnumMap<>(DataCategory.class);
		for (DataCategory c : DataCategory.values()) {
			if (!c.alwaysShared()) {
				all.put(c, true);
			}
		}
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(), all);
		Map<DataCategory, Boolean> allButTrauma = new java.util.EnumMap<>(all);
		allButTrauma.put(DataCategory.TRAUMA_HISTORY, false);
		sharing.decide(patient.person().actor(), patient.id(), physio.account().id(), allButTrauma);
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("pain-activities", List.of(ResponseJson.concept("penetration"), ResponseJson.concept("tampon")));
		answers.put("pain-location", ResponseJson.concept("superficial"));
		answers.put("pain-onset", ResponseJson.concept("secondary"));
		answers.put("pain-after-hours", 3);
		answers.put("pelvic-tightness", true);
		answers.put("bowel-constipation", true);
		answers.put("bowel-straining", true);
		answers.put("trauma-opt-in", true);
		answers.put("trauma-shared", true);
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("cairn-intake", answers))).andExpect(status().isCreated());
	}

	@Test
	void thePatientSeesEveryAreaWithTheReasonsInTheirOwnWords() throws Exception {
		samsStory();
		mvc.perform(get("/api/v1/patients/{id}/contributors", patient.id()).header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.domains", hasSize(12)))
			.andExpect(jsonPath("$.domains[?(@.code == 'pelvic-floor-muscle')].status").value("likely"))
			.andExpect(jsonPath("$.domains[?(@.code == 'bowel')].status").value("likely"))
			.andExpect(jsonPath("$.domains[?(@.code == 'bowel')].coveredByTeam").value(true))
			.andExpect(jsonPath("$.domains[?(@.code == 'trauma')].status").value("possible"))
			.andExpect(jsonPath("$.domains[?(@.code == 'bladder')].status").value("unknown"))
			.andExpect(jsonPath("$.domains[?(@.code == 'bowel')].evidence[0].text")
				.value("You said constipation is part of your life."))
			.andExpect(jsonPath("$.painProfile.location").value("superficial"))
			.andExpect(jsonPath("$.painProfile.summary").value(containsString("Provoked, superficial, secondary")));
	}

	@Test
	void aTeamMemberWithoutTheTraumaGrantNeverReceivesTraumaEvidence() throws Exception {
		samsStory();
		String body = mvc
			.perform(get("/api/v1/patients/{id}/contributors", patient.id()).header("Authorization", physio.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.domains", hasSize(12)))
			.andExpect(jsonPath("$.domains[?(@.code == 'trauma')].restricted").value(true))
			.andExpect(jsonPath("$.domains[?(@.code == 'trauma')].status")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$.domains[?(@.code == 'trauma')].evidence[*]").isEmpty())
			.andExpect(jsonPath("$.domains[?(@.code == 'pelvic-floor-muscle')].evidence[0].text")
				.value("Pain with insertion (penetration, tampon or examination)"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("trauma-shared").doesNotContain("past trauma");

		mvc.perform(get("/api/v1/patients/{id}/contributors", patient.id()).header("Authorization", therapist.bearer()))
			.andExpect(jsonPath("$.domains[?(@.code == 'trauma')].restricted").value(false))
			.andExpect(jsonPath("$.domains[?(@.code == 'trauma')].evidence[0].source").value("answer:trauma-shared"));

		mvc.perform(get("/patients/{id}/contributors", patient.id()).with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shared with part of the team")))
			.andExpect(content().string(not(containsString("Patient shared past trauma"))));
		mvc.perform(get("/patients/{id}/contributors", patient.id()).with(as(therapist)))
			.andExpect(content().string(containsString("Patient shared past trauma")));
	}

	@Test
	void aReviewNeedsAReasonAndKeepsTheDerivedStatusBesideIt() throws Exception {
		samsStory();
		String url = "/api/v1/patients/" + patient.id() + "/contributors/bowel/review";
		mvc.perform(post(url).header("Authorization", physio.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"view\": \"set-aside\", \"reason\": \"   \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.reason").exists());
		mvc.perform(post(url).header("Authorization", physio.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"view\": \"maybe\", \"reason\": \"Because.\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.view").exists());
		mvc.perform(post(url).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"view\": \"set-aside\", \"reason\": \"Mine.\"}")).andExpect(status().isForbidden());
		assertThat(reviews()).isZero();

		mvc.perform(post(url).header("Authorization", physio.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"view\": \"set-aside\", \"reason\": \"Constipation settled with the new routine.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.view").value("set-aside"));

		mvc.perform(get("/api/v1/patients/{id}/contributors", patient.id()).header("Authorization", physio.bearer()))
			.andExpect(jsonPath("$.domains[?(@.code == 'bowel')].status").value("likely"))
			.andExpect(jsonPath("$.domains[?(@.code == 'bowel')].effectiveStatus").value("not-indicated"))
			.andExpect(jsonPath("$.domains[?(@.code == 'bowel')].clinicianView.reason")
				.value("Constipation settled with the new routine."));
		assertThat(reviews()).isOne();
	}

	@Test
	void aTraumaReviewIsRefusedToSomeoneWithoutTheTraumaGrant() throws Exception {
		samsStory();
		mvc.perform(post("/api/v1/patients/{id}/contributors/trauma/review", patient.id())
			.header("Authorization", physio.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"view\": \"confirmed\", \"reason\": \"Seen.\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/patients/{id}/contributors/trauma/review", patient.id()).with(as(therapist))
			.with(csrf())
			.param("view", "confirmed")
			.param("reason", "Discussed in session; we will go gently."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/patients/*/contributors?reviewed*"));
		mvc.perform(get("/patients/{id}/contributors", patient.id()).with(as(physio)))
			.andExpect(content().string(not(containsString("Discussed in session"))));
	}

	@Test
	void anOutsiderGetsNotFoundAndAnUnknownAreaToo() throws Exception {
		samsStory();
		Person outsider = data.clinician(Discipline.UROLOGY);
		mvc.perform(get("/api/v1/patients/{id}/contributors", patient.id()).header("Authorization", outsider.bearer()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/patients/{id}/contributors/spleen/review", patient.id())
			.header("Authorization", physio.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"view\": \"confirmed\", \"reason\": \"Seen.\"}")).andExpect(status().isNotFound());
	}

	@Test
	void theReviewFormShowsItsErrorsAndChangesNothing() throws Exception {
		samsStory();
		mvc.perform(post("/patients/{id}/contributors/bowel/review", patient.id()).with(as(physio))
			.with(csrf())
			.param("view", "confirmed")
			.param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Say why, in at most 1,000 characters")));
		mvc.perform(post("/patients/{id}/contributors/bowel/review", patient.id()).with(as(physio))
			.with(csrf())
			.param("reason", "x".repeat(1001))).andExpect(status().isUnprocessableContent());
		assertThat(reviews()).isZero();
	}

	@Test
	void thePatientPageSaysWhichAreasNoOneOnTheTeamCoversYet() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		patient = data.patient(gyn);
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("cairn-intake",
					Map.of("bowel-constipation", true, "bowel-straining", true, "hormonal-contraception", true))))
			.andExpect(status().isCreated());
		mvc.perform(get("/care/areas").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not yet covered by your team")))
			.andExpect(content().string(containsString("Bowels and digestion")))
			.andExpect(content().string(containsString("a gastroenterologist")))
			.andExpect(content().string(containsString("You said constipation is part of your life.")))
			.andExpect(content().string(containsString("This is not a diagnosis")))
			.andExpect(content().string(not(containsString("Likely"))));
	}

	@Test
	void aNewResponseRecordsTheMapsHistory() throws Exception {
		samsStory();
		long before = snapshots();
		mvc.perform(post("/api/v1/patients/{id}/responses", patient.id()).header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of("gad7", ResponseJson.numbered(2, 2, 2, 2, 1, 1, 1))))
			.andExpect(status().isCreated());
		assertThat(before).isOne();
		assertThat(snapshots()).isEqualTo(2);
		String latest = jdbc
			.sql("select statuses from contributors_snapshot where patient_id = ? order by computed_at desc limit 1")
			.param(patient.id().value())
			.query(String.class)
			.single();
		assertThat(latest).contains("stress-and-mood=possible");
	}

	long reviews() {
		return jdbc.sql("select count(*) from contributors_review where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	long snapshots() {
		return jdbc.sql("select count(*) from contributors_snapshot where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

}
