package org.cairn.assessment;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Assessment and Notes tabs and the patient's examination pages, as a browser sends
 * them.
 */
class AssessmentPagesIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	Person physio;

	Person therapist;

	PatientRecord patient;

	@BeforeEach
	void aPatientWithAPhysioAndASexTherapist() throws Exception {
		physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		therapist = data.clinician(Discipline.SEX_THERAPY);
		patient = data.patient(physio, therapist);
		AssessmentFixtures.shareEverything(patient, physio);
		AssessmentFixtures.shareEverything(patient, therapist);
		mvc.perform(post("/privacy/exam-preferences").with(as(patient.person()))
			.with(csrf())
			.param("acceptable", "internal-single-digit")
			.param("stopSignal", "pineapple")
			.param("observersAllowed", "no")
			.param("copingPlan", "Tell me each step first.")).andExpect(status().is3xxRedirection());
	}

	private String tab() {
		return "/patients/" + patient.id() + "/assessment";
	}

	private String openTodaysVisit() throws Exception {
		mvc.perform(post(tab() + "/encounters").with(as(physio)).with(csrf()).param("type", "initial"))
			.andExpect(redirectedUrlPattern("/patients/*/assessment?opened*"));
		return jdbc.sql("select id from assessment_encounter where patient_id = ?")
			.param(patient.id().value())
			.query(String.class)
			.single();
	}

	private long findings() {
		return jdbc.sql("select count(*) from assessment_finding where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	@Test
	void locksTheInternalSectionWithItsReasonUntilTheConsentIsRecorded() throws Exception {
		String visit = openTodaysVisit();
		mvc.perform(get(tab()).with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-describedby=\"internal-locked\" disabled=\"disabled\"")))
			.andExpect(content().string(containsString("has not given consent to an internal examination")))
			.andExpect(content().string(containsString("pineapple")))
			.andExpect(content().string(containsString("today: no consent to an internal examination")));

		mvc.perform(post(tab() + "/encounters/" + visit + "/consent").with(as(physio))
			.with(csrf())
			.param("procedure", "internal-single-digit")
			.param("decision", "give")).andExpect(status().is3xxRedirection());
		mvc.perform(get(tab()).with(as(physio)))
			.andExpect(content().string(not(containsString("aria-describedby=\"internal-locked\""))))
			.andExpect(content().string(containsString("today: consent to an internal examination given")));

		mvc.perform(post(tab() + "/encounters/" + visit + "/findings").with(as(physio))
			.with(csrf())
			.param("internal.pf-tone", "raised")
			.param("internal.pf-strength", "3")
			.param("internal.pf-tender-points", "4", "8")
			.param("external.breathing-pattern", "chest")
			.param("external.posture", "")).andExpect(redirectedUrlPattern("/patients/*/assessment?charted*"));
		assertThat(findings()).isEqualTo(4);
		mvc.perform(get(tab()).with(as(physio)))
			.andExpect(content().string(containsString("tender at 4 o’clock; tender at 8 o’clock")));
	}

	@Test
	void aFormWithBadValuesIsShownAgainWithItsErrorsAndNothingIsStored() throws Exception {
		String visit = openTodaysVisit();
		mvc.perform(post(tab() + "/encounters/" + visit + "/findings").with(as(physio))
			.with(csrf())
			.param("external.pf-tone", "tight")
			.param("external.pf-tender-points", "13")
			.param("external.hips", "finding")
			.param("external.hips.detail", "x".repeat(201)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Choose one of the listed answers.")))
			.andExpect(content().string(containsString("Tick clock positions from 1 to 12")))
			.andExpect(content().string(containsString("at most 200 characters")));
		mvc.perform(post(tab() + "/encounters/" + visit + "/findings").with(as(physio))
			.with(csrf())
			.param("internal.pf-strength", "3")
			.param("external.feet", "typical"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("internal findings need the patient’s consent")));
		mvc.perform(post(tab() + "/encounters/" + visit + "/findings").with(as(physio)).with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("choose at least one finding")));
		assertThat(findings()).isZero();
	}

	@Test
	void thePatientGivesAndTakesBackConsentFromTheirPhone() throws Exception {
		String visit = openTodaysVisit();
		mvc.perform(get("/privacy/exam-consent").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one gloved finger")))
			.andExpect(content().string(containsString("Yes, for this visit")))
			.andExpect(content().string(containsString("not OK for you")));
		mvc.perform(post("/privacy/exam-consent/" + visit).with(as(patient.person()))
			.with(csrf())
			.param("procedure", "internal-single-digit")
			.param("decision", "give")).andExpect(redirectedUrlPattern("/privacy/exam-consent?given*"));
		mvc.perform(post("/privacy/exam-consent/" + visit).with(as(patient.person()))
			.with(csrf())
			.param("procedure", "speculum")
			.param("decision", "give")).andExpect(status().is(422));
		mvc.perform(post("/privacy/exam-consent/" + visit).with(as(patient.person()))
			.with(csrf())
			.param("procedure", "internal-single-digit")
			.param("decision", "withdraw")).andExpect(redirectedUrlPattern("/privacy/exam-consent?withdrawn*"));
		mvc.perform(get("/privacy/exam-consent").with(as(patient.person())))
			.andExpect(content()
				.string(containsString("yes taken back for an internal examination with one finger, recorded by you")));
		mvc.perform(get(tab()).with(as(physio)))
			.andExpect(content().string(containsString("took back consent to an internal examination")));
	}

	@Test
	void preferencesWithTooLongAnswersAreShownAgainAndNotSaved() throws Exception {
		mvc.perform(post("/privacy/exam-preferences").with(as(patient.person()))
			.with(csrf())
			.param("acceptable", "internal-single-digit", "colonoscopy")
			.param("stopSignal", "s".repeat(101))
			.param("copingPlan", "c".repeat(1001)))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Keep this to at most 100 characters.")))
			.andExpect(content().string(containsString("Keep this to at most 1,000 characters.")));
		mvc.perform(get("/privacy/exam-preferences").with(as(patient.person())))
			.andExpect(content().string(containsString("Version 1, saved")))
			.andExpect(content().string(not(containsString("Version 2"))));
	}

	@Test
	void theNotesTabOffersProcessNotesToTheTherapistAndRefusesAnEmptyNote() throws Exception {
		mvc.perform(get("/patients/" + patient.id() + "/notes").with(as(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"process\"")));
		mvc.perform(get("/patients/" + patient.id() + "/notes").with(as(physio)))
			.andExpect(content().string(not(containsString("value=\"process\""))));
		mvc.perform(post("/patients/" + patient.id() + "/notes").with(as(therapist))
			.with(csrf())
			.param("kind", "process")
			.param("subjective", " "))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Write at least one part of the note")));
		mvc.perform(post("/patients/" + patient.id() + "/notes").with(as(therapist))
			.with(csrf())
			.param("kind", "gossip")
			.param("subjective", "x")).andExpect(status().is(422));
		mvc.perform(post("/patients/" + patient.id() + "/notes").with(as(therapist))
			.with(csrf())
			.param("kind", "process")
			.param("subjective", "Working hypothesis: fear of pain drives the bracing."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/patients/" + patient.id() + "/notes").with(as(physio)))
			.andExpect(content().string(not(containsString("Working hypothesis"))));
		mvc.perform(get("/patients/" + patient.id() + "/notes").with(as(therapist)))
			.andExpect(content().string(containsString("Working hypothesis")))
			.andExpect(content().string(containsString("Only you can read this note.")));
	}

}
