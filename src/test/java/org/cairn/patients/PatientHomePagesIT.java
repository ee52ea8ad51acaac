package org.cairn.patients;

import java.time.LocalDate;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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

class PatientHomePagesIT extends IntegrationTest {

	@Autowired
	Patients patients;

	private PatientRecord alex() {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		patients.updateProfile(patient.id(),
				Profile.of("Alex", "they/them", "1991-04-12", "Europe/London", "en", LocalDate.of(2026, 1, 1)));
		return patient;
	}

	@Test
	void todayGreetsThePatientByTheNameTheyUse() throws Exception {
		PatientRecord alex = alex();
		mvc.perform(get("/today").with(as(alex.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Hi, Alex</h1>")))
			.andExpect(content().string(containsString("No exercises yet.")))
			.andExpect(content().string(containsString("href=\"/questionnaires/cairn-intake\"")))
			.andExpect(content().string(containsString("Start: Getting to know you (intake)")))
			.andExpect(content().string(containsString("No appointment booked.")))
			.andExpect(content().string(containsString("href=\"/privacy\"")))
			.andExpect(content().string(containsString("aria-current=\"page\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void todayIsNotForClinicians() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/today").with(as(physio))).andExpect(status().isForbidden());
	}

	@Test
	void profileShowsWhatThePatientToldUs() throws Exception {
		PatientRecord alex = alex();
		mvc.perform(get("/profile").with(as(alex.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"they/them\"")))
			.andExpect(content().string(containsString("value=\"1991-04-12\"")))
			.andExpect(content().string(containsString("<option value=\"Europe/London\" selected=\"selected\"")));
	}

	@Test
	void savingTheProfileChangesTheGreeting() throws Exception {
		PatientRecord alex = alex();
		mvc.perform(post("/profile").with(as(alex.person()))
			.with(csrf())
			.param("preferredName", "Lex")
			.param("pronouns", "she/they")
			.param("dateOfBirth", "")
			.param("timeZone", "America/Toronto")
			.param("language", "fr")).andExpect(redirectedUrl("/profile?saved"));

		Patient saved = patients.find(alex.id()).orElseThrow();
		assertThat(saved.name()).isEqualTo("Lex");
		assertThat(saved.dateOfBirth()).isNull();
		assertThat(saved.timeZone().getId()).isEqualTo("America/Toronto");
		mvc.perform(get("/today").with(as(alex.person()))).andExpect(content().string(containsString("Hi, Lex")));
	}

	@Test
	void aProfileWithABadDateATooLongNameAndAnUnknownZoneIsShownAgainAndNothingChanges() throws Exception {
		PatientRecord alex = alex();
		Patient before = patients.find(alex.id()).orElseThrow();
		mvc.perform(post("/profile").with(as(alex.person()))
			.with(csrf())
			.param("preferredName", "x".repeat(101))
			.param("pronouns", "they/them")
			.param("dateOfBirth", "1991-02-30")
			.param("timeZone", "Mars/Olympus")
			.param("language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Use up to 100 characters.")))
			.andExpect(content().string(containsString("Enter a real date in the past")))
			.andExpect(content().string(containsString("Choose a time zone from the list.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(patients.find(alex.id()).orElseThrow()).isEqualTo(before);
	}

	@Test
	void aDateOfBirthInTheFutureIsRefused() throws Exception {
		PatientRecord alex = alex();
		mvc.perform(post("/profile").with(as(alex.person()))
			.with(csrf())
			.param("dateOfBirth", "2999-01-01")
			.param("timeZone", "Europe/London")
			.param("language", "en")).andExpect(status().isUnprocessableContent());
		assertThat(patients.find(alex.id()).orElseThrow().dateOfBirth()).isEqualTo(LocalDate.of(1991, 4, 12));
	}

	@Test
	void savingTheProfileWithoutTheCsrfTokenIsRefusedAndNothingChanges() throws Exception {
		PatientRecord alex = alex();
		mvc.perform(post("/profile").with(as(alex.person()))
			.param("preferredName", "Changed")
			.param("timeZone", "Europe/London")
			.param("language", "en")).andExpect(status().isForbidden());
		assertThat(patients.find(alex.id()).orElseThrow().name()).isEqualTo("Alex");
	}

	@Test
	void theProfilePageIsOnlyForPatients() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/profile").with(as(physio))).andExpect(status().isForbidden());
		mvc.perform(post("/profile").with(as(physio)).with(csrf()).param("timeZone", "UTC"))
			.andExpect(status().isForbidden());
	}

}
