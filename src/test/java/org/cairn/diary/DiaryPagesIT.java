package org.cairn.diary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The diary pages without JavaScript, on H2 and PostgreSQL. */
class DiaryPagesIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SharingGrants sharing;

	private LocalDate today() {
		return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private MockHttpServletResponse page(Person person, String path) throws Exception {
		return mvc.perform(get(path).with(as(person))).andReturn().getResponse();
	}

	private MockHttpServletResponse save(PatientRecord patient, String... pairs) throws Exception {
		MockHttpServletRequestBuilder request = post("/diary").with(as(patient.person())).with(csrf());
		for (int i = 0; i < pairs.length; i += 2) {
			request.param(pairs[i], pairs[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private long entries(PatientRecord patient) {
		return jdbc.sql("select count(*) from diary_entry where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single();
	}

	@Test
	void thePatientLogsTodayInOneTapAndTodaySaysSo() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		assertThat(page(patient.person(), "/today").getContentAsString()).contains("Log today");
		MockHttpServletResponse form = page(patient.person(), "/diary");
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("data-offline-queue", "name=\"clientId\"", "Save today");
		String clientId = "form-" + TestData.unique();
		MockHttpServletResponse saved = save(patient, "clientId", clientId, "date", today().toString(), "pain.sitting",
				"3", "flare", "no", "stress", "5", "sleep", "4", "attempt.type", "dilator", "attempt.dilatorSize", "2",
				"attempt.pain", "4", "attempt.location", "superficial", "attempt.painAfterMinutes", "30",
				"attempt.stopped", "true");
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).contains("/diary?date=" + today(), "saved");
		// The same form sent again (a double tap, a retry) stores nothing more.
		save(patient, "clientId", clientId, "date", today().toString(), "pain.sitting", "3", "flare", "no", "stress",
				"5", "sleep", "4", "attempt.type", "dilator", "attempt.dilatorSize", "2", "attempt.pain", "4",
				"attempt.location", "superficial", "attempt.painAfterMinutes", "30", "attempt.stopped", "true");
		assertThat(entries(patient)).isEqualTo(1);
		String after = page(patient.person(), "/diary?date=" + today() + "&saved").getContentAsString();
		assertThat(after).contains("Saved.", "A dilator, size 2", "you chose to stop", "Save changes");
		assertThat(page(patient.person(), "/today").getContentAsString()).contains("You noted today");
	}

	@Test
	void badInputShowsTheFormAgainWithInlineErrorsAndStoresNothing() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		MockHttpServletResponse response = save(patient, "clientId", "form-" + TestData.unique(), "date",
				today().plusDays(1).toString(), "pain.sitting", "12", "stress", "eleven", "sleep", "9", "cycleDay", "0",
				"attempt.type", "dilator", "attempt.pain", "4", "note", "n".repeat(2001), "flare", "perhaps");
		assertThat(response.getStatus()).isEqualTo(422);
		String html = response.getContentAsString();
		assertThat(html).contains("Choose a day from the last year", "Choose a number from 0 to 10, or",
				"Enter a whole number from 1 to 60", "enter its size from 1 to 10", "Choose yes or no",
				"keep this to 2000 characters", "aria-invalid=\"true\"");
		assertThat(entries(patient)).isZero();
		for (String path : new String[] { "/diary?date=tomorrow", "/diary?date=" + today().plusDays(1),
				"/diary?date=" + today().minusDays(400) }) {
			assertThat(page(patient.person(), path).getStatus()).as(path).isEqualTo(422);
		}
	}

	@Test
	void aSafetyAnswerOnThePageShowsTheCalmMessageAndOpensAnAlert() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.GYNECOLOGY));
		MockHttpServletResponse saved = save(patient, "clientId", "form-" + TestData.unique(), "date",
				today().toString(), "redFlags", "sudden-severe-pain");
		assertThat(saved.getRedirectedUrl()).contains("safety");
		String html = page(patient.person(), saved.getRedirectedUrl()).getContentAsString();
		assertThat(html).contains("banner--safety", "555-0100");
		assertThat(jdbc.sql("select count(*) from safety_alert where patient_id = ? and instrument = 'diary'")
			.param(patient.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDefaultsComeFromTheLastDayButNeverItsPenetrationPainOrFlare() throws Exception {
		PatientRecord patient = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		save(patient, "clientId", "y-" + TestData.unique(), "date", today().minusDays(1).toString(), "pain.sitting",
				"6", "pain.penetration", "8", "flare", "yes", "stress", "7", "cycleDay", "14");
		String html = page(patient.person(), "/diary").getContentAsString();
		assertThat(html).containsPattern("id=\"pain-sitting-6\"[^>]*checked");
		assertThat(html).containsPattern("id=\"pain-penetration-none\"[^>]*checked");
		assertThat(html).containsPattern("id=\"flare-no\"[^>]*checked");
		assertThat(html).containsPattern("id=\"stress-7\"[^>]*checked");
		assertThat(html).contains("value=\"15\"");
	}

	@Test
	void theClinicianReadsTheWeekWhenTheDiaryIsSharedAndIsRefusedWhenNot() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		save(patient, "clientId", "c-" + TestData.unique(), "date", today().toString(), "pain.sitting", "3",
				"attempt.type", "dilator", "attempt.dilatorSize", "3", "attempt.pain", "5", "attempt.location",
				"superficial", "attempt.stopped", "true", "flare", "yes", "bowelNote", "Straining");
		MockHttpServletResponse tab = page(physio, "/patients/" + patient.id() + "/diary");
		assertThat(tab.getStatus()).isEqualTo(200);
		assertThat(tab.getContentAsString()).contains("Dilator size 3", "NRS 5", "superficial",
				"stopped by the patient’s choice", "Bowel: Straining", "Sitting: 3", "1 of 7 days logged");
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(),
				Map.of(DataCategory.DIARY, false));
		assertThat(page(therapist, "/patients/" + patient.id() + "/diary").getStatus()).isEqualTo(403);
		assertThat(page(physio, "/patients/" + patient.id() + "/diary?to=not-a-date").getStatus()).isEqualTo(422);
	}

	@Test
	void theOfflineSessionNamesTheSignedInAccountAndGivesAFreshToken() throws Exception {
		PatientRecord one = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		PatientRecord two = data.patient(data.clinician(Discipline.PELVIC_FLOOR_PT));
		String first = page(one.person(), "/offline/session").getContentAsString();
		String second = page(two.person(), "/offline/session").getContentAsString();
		assertThat(first).contains("\"owner\"", "\"token\"", "\"parameterName\":\"_csrf\"");
		assertThat(first.substring(0, first.indexOf(","))).isNotEqualTo(second.substring(0, second.indexOf(",")));
		assertThat(page(one.person(), "/diary").getContentAsString())
			.contains(first.substring(first.indexOf(":\"") + 2, first.indexOf("\",")));
		MockHttpServletResponse worker = mvc.perform(get("/js/offline-sw.js")).andReturn().getResponse();
		assertThat(worker.getHeader("Service-Worker-Allowed")).isEqualTo("/");
	}

}
