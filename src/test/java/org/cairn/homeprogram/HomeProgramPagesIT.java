package org.cairn.homeprogram;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomeProgramPagesIT extends IntegrationTest {

	static final Pattern CLIENT_ID = Pattern.compile("name=\"clientId\" value=\"([^\"]+)\"");

	@Autowired
	JdbcClient jdbc;

	Person physio;

	PatientRecord patient;

	String prescription;

	@BeforeEach
	void aPatientWithBellyBreathingEveryDay() throws Exception {
		physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		patient = data.patient(physio);
		String location = mvc
			.perform(post("/patients/" + patient.id() + "/home-program").with(as(physio))
				.with(csrf())
				.param("exerciseId", Library.idOf("belly-breathing").toString())
				.param("dose", "5 minutes, twice a day")
				.param("scheduleKind", "times")
				.param("timesPerWeek", "7"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		prescription = location.substring(location.indexOf("#p-") + 3);
	}

	String page(String path, Person person) throws Exception {
		return mvc.perform(get(path).with(as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long logs() {
		return jdbc.sql("select count(*) from homeprogram_log where patient_id = ? and voided_at is null")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	@Test
	void todaysChecklistMarksAnExerciseDoneOnceEvenWhenTheFormIsSentTwice() throws Exception {
		String today = page("/today", patient.person());
		assertThat(today).contains("Belly breathing lying down")
			.contains("To do")
			.contains("action=\"/exercises/log\"");
		Matcher m = CLIENT_ID.matcher(today);
		assertThat(m.find()).isTrue();
		String clientId = m.group(1);

		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/exercises/log").with(as(patient.person()))
				.with(csrf())
				.param("clientId", clientId)
				.param("prescriptionId", prescription)
				.param("date", LocalDate.now(clock).toString())
				.param("discomfort", "3")
				.param("note", "")
				.param("returnTo", "today"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/today?exerciseDone=*"));
		}

		assertThat(logs()).isEqualTo(1);
		String after = page("/today", patient.person());
		assertThat(after).contains("Done").contains("All done for today");
	}

	@Test
	void aMarkDoneWithoutDiscomfortComesBackWithAnInlineErrorAndStoresNothing() throws Exception {
		for (String discomfort : new String[] { "", "11", "lots" }) {
			String body = mvc
				.perform(post("/exercises/log").with(as(patient.person()))
					.with(csrf())
					.param("clientId", "c-" + discomfort.length())
					.param("prescriptionId", prescription)
					.param("date", LocalDate.now(clock).toString())
					.param("discomfort", discomfort)
					.param("returnTo", "today"))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).contains("Choose a number from 0 to 10.").contains("field--invalid");
		}
		String future = mvc
			.perform(post("/exercises/log").with(as(patient.person()))
				.with(csrf())
				.param("clientId", "future")
				.param("prescriptionId", prescription)
				.param("date", LocalDate.now(clock).plusDays(1).toString())
				.param("discomfort", "2"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(future).contains("This day can’t be saved.");
		assertThat(logs()).isZero();
	}

	@Test
	void theExercisesPageShowsPurposeStepsDoseAndWhenToStopAndTheEntryCanBeUndone() throws Exception {
		String page = page("/exercises", patient.person());
		assertThat(page).contains("Belly breathing lying down")
			.contains("5 minutes, twice a day")
			.contains("Every day")
			.contains("When to stop:")
			.contains("Stop if you feel dizzy")
			.contains("Lie on your back with your knees bent")
			.contains("Insertion exercises are off.");

		String location = mvc
			.perform(post("/exercises/log").with(as(patient.person()))
				.with(csrf())
				.param("clientId", "page-1")
				.param("prescriptionId", prescription)
				.param("date", LocalDate.now(clock).toString())
				.param("discomfort", "0")
				.param("returnTo", "exercises"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String logId = location.substring(location.indexOf("done=") + 5, location.indexOf('#'));
		assertThat(page(location.substring(0, location.indexOf('#')), patient.person())).contains("Marked as done")
			.contains("Undo");

		mvc.perform(post("/exercises/log/" + logId + "/undo").with(as(patient.person())).with(csrf()))
			.andExpect(redirectedUrlPattern("/exercises?undone*"));
		assertThat(logs()).isZero();
		assertThat(jdbc.sql("select count(*) from homeprogram_log where id = ?::uuid")
			.param(logId)
			.query(Long.class)
			.single()).as("voided, never deleted").isEqualTo(1);
	}

	@Test
	void theClinicianTabShowsAdherenceAndRefusesBadFormsInline() throws Exception {
		String tab = page("/patients/" + patient.id() + "/home-program", physio);
		assertThat(tab).contains("Belly breathing lying down")
			.contains("Weekly adherence")
			.contains("Prescribe an exercise")
			.contains("aria-current=\"page\"");

		String empty = mvc
			.perform(post("/patients/" + patient.id() + "/home-program").with(as(physio))
				.with(csrf())
				.param("exerciseId", Library.idOf("cat-cow").toString())
				.param("dose", " ")
				.param("scheduleKind", "days"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("Give a dose of at most 200 characters.")
			.contains("Choose at least one day, or a number of times a week from 1 to 7.");

		String insertion = mvc
			.perform(post("/patients/" + patient.id() + "/home-program").with(as(physio))
				.with(csrf())
				.param("exerciseId", Library.idOf("one-finger").toString())
				.param("dose", "5 minutes")
				.param("scheduleKind", "times")
				.param("timesPerWeek", "3"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(insertion).contains("The patient has not agreed to graded insertion exercises.");

		mvc.perform(post("/patients/" + patient.id() + "/home-program/" + prescription + "/stop").with(as(physio))
			.with(csrf())
			.param("reason", "")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/patients/" + patient.id() + "/home-program/" + prescription + "/change").with(as(physio))
			.with(csrf())
			.param("dose", "10 minutes")
			.param("scheduleKind", "days")
			.param("days", "mon", "thu")).andExpect(status().is3xxRedirection());
		assertThat(page("/patients/" + patient.id() + "/home-program", physio)).contains("10 minutes")
			.contains("Changed by");
		assertThat(jdbc.sql("select count(*) from homeprogram_prescription where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void thePatientTurnsInsertionExercisesOnAndOffAndTheyPauseAtOnce() throws Exception {
		mvc.perform(
				post("/exercises/insertion-agreement").with(as(patient.person())).with(csrf()).param("agreed", "yes"))
			.andExpect(redirectedUrlPattern("/exercises?agreement=on*"));
		mvc.perform(post("/patients/" + patient.id() + "/home-program").with(as(physio))
			.with(csrf())
			.param("exerciseId", Library.idOf("fingertip-at-entrance").toString())
			.param("dose", "3 minutes")
			.param("scheduleKind", "times")
			.param("timesPerWeek", "3")).andExpect(status().is3xxRedirection());
		assertThat(page("/today", patient.person())).contains("Fingertip at the entrance");

		mvc.perform(
				post("/exercises/insertion-agreement").with(as(patient.person())).with(csrf()).param("agreed", "no"))
			.andExpect(redirectedUrlPattern("/exercises?agreement=off*"));

		assertThat(page("/today", patient.person())).doesNotContain("Fingertip at the entrance");
		assertThat(page("/exercises?agreement=off", patient.person())).contains("Paused for now")
			.contains("Any you had are paused");
		assertThat(page("/patients/" + patient.id() + "/home-program", physio))
			.contains("Paused: the patient turned insertion exercises off");
		mvc.perform(
				post("/exercises/insertion-agreement").with(as(patient.person())).with(csrf()).param("agreed", "maybe"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aPracticeAddsItsOwnExerciseAndBadFieldsAreShownInline() throws Exception {
		String bad = mvc
			.perform(post("/library/exercises").with(as(physio))
				.with(csrf())
				.param("title", "")
				.param("category", "movement")
				.param("discipline", "pelvic-floor-pt"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("Give a title of at most 120 characters.")
			.contains("Choose at least one contributor area.")
			.contains("Give 1 to 12 steps");

		mvc.perform(post("/library/exercises").with(as(physio))
			.with(csrf())
			.param("title", "Wall sit with breath")
			.param("category", "coordination-strength")
			.param("discipline", "pelvic-floor-pt")
			.param("domains", "movement-and-posture")
			.param("purpose", "Steady legs while you breathe.")
			.param("steps", "Lean on a wall.\nSlide down a little.\nBreathe out as you stand.")
			.param("dose", "5 times")
			.param("cautions", "Knees over ankles.")
			.param("stopIf", "Stop if your knees hurt.")).andExpect(redirectedUrlPattern("/library/exercises/*"));
		assertThat(page("/library/exercises?category=coordination-strength", physio)).contains("Wall sit with breath")
			.contains("Your practice’s own");
		mvc.perform(get("/library/exercises?category=yoga").with(as(physio)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/library/exercises").with(as(patient.person()))).andExpect(status().isForbidden());
		mvc.perform(get("/exercises").with(as(physio)).contentType(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}

}
