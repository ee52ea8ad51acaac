package org.cairn.questionnaires;

import java.util.EnumMap;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Score pages: the patient's own charts, a team member's view through the category, and
 * the data table and "no activity" marks behind every chart.
 */
class MeasurePagesIT extends IntegrationTest {

	@Autowired
	SharingGrants sharing;

	private void answer(PatientRecord patient, String instrument, Map<String, ?> answers, String authored)
			throws Exception {
		mvc.perform(post("/api/v1/patients/" + patient.id() + "/responses").header("Authorization", patient.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content(ResponseJson.of(instrument, answers, authored))).andExpect(status().isCreated());
	}

	/** PHQ-9 totals 18, 12 and 7, without item 9 (no safety alert needed here). */
	private void threePhq9s(PatientRecord patient) throws Exception {
		answer(patient, "phq9", ResponseJson.numbered(3, 3, 3, 3, 3, 3, 0, 0, 0), "2026-01-05T09:00:00Z");
		answer(patient, "phq9", ResponseJson.numbered(2, 2, 2, 2, 2, 2, 0, 0, 0), "2026-02-02T09:00:00Z");
		answer(patient, "phq9", ResponseJson.numbered(1, 1, 1, 1, 1, 1, 1, 0, 0), "2026-03-02T09:00:00Z");
	}

	private void share(PatientRecord patient, Person member, boolean mentalHealth) {
		Map<DataCategory, Boolean> grants = new EnumMap<>(DataCategory.class);
		grants.put(DataCategory.MENTAL_HEALTH, mentalHealth);
		sharing.decide(patient.person().actor(), patient.id(), member.account().id(), grants);
	}

	@Test
	void thePatientSeesTheirOwnChartWithADataTableAndPlainWords() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		threePhq9s(patient);

		mvc.perform(get("/progress/measures").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Mood (PHQ-9)"), containsString("href=\"/progress/measures/phq9\""),
						containsString("Latest, 2 Mar 2026: 7"), containsString("not a diagnosis"))));

		mvc.perform(get("/progress/measures/phq9").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<figure class=\"chart chart--patient\""),
					containsString("role=\"img\""), containsString("aria-label=\"Mood (PHQ-9): 3 results"),
					containsString("<figcaption>"), containsString("<table class=\"data-table\">"),
					containsString("<td data-label=\"Date\">5 Jan 2026</td>"),
					containsString("Better by 6: at least the 5 that counts as a real change"),
					containsString("Better by 5: at least the 5"),
					containsString("lower means fewer signs of low mood"), containsString("not a diagnosis"),
					// y = 16 + (27 − total) × 6
					containsString("cy=\"70.0\""), containsString("cy=\"106.0\""), containsString("cy=\"136.0\""),
					containsString("class=\"chart__band chart-tone-"), containsString(">Moderately severe</text>"))))
			// Patients never see scores in the attention or safety colours.
			.andExpect(content().string(not(containsString("chart--clinician"))));
	}

	@Test
	void aTeamMemberSeesTheChartOnlyWithTheCategory() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person therapist = data.clinician(Discipline.SEX_THERAPY);
		PatientRecord patient = data.patient(physio, therapist);
		share(patient, physio, true);
		share(patient, therapist, false);
		threePhq9s(patient);

		mvc.perform(get("/patients/" + patient.id()).with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/patients/" + patient.id() + "/measures/phq9\"")));
		mvc.perform(get("/patients/" + patient.id() + "/measures/phq9").with(as(physio)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("chart--clinician"), containsString("<table"),
					containsString("href=\"/patients/" + patient.id() + "\""))));
		mvc.perform(get("/patients/" + patient.id() + "/measures/phq9").with(as(therapist)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("data-table"))));
	}

	@Test
	void anotherPatientAndAnOutsiderCannotReachTheChart() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person outsider = data.clinician(Discipline.UROLOGY);
		PatientRecord patient = data.patient(physio);
		PatientRecord other = data.patient(outsider);
		threePhq9s(patient);

		mvc.perform(get("/patients/" + patient.id() + "/measures/phq9").with(as(outsider)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/patients/" + patient.id() + "/measures/phq9").with(as(other.person())))
			.andExpect(status().isForbidden());
		// The patient pages only ever show the signed-in patient's own record.
		mvc.perform(get("/progress/measures/phq9").with(as(other.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No results yet."), not(containsString("data-table")))));
		mvc.perform(get("/progress/measures/no-such-measure").with(as(patient.person())))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsAnFsfiNoActivityResponseAsSuchAndNeverAsANumberOnTheScale() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		// 2.0, the lowest possible total: desire 1 + 1, satisfaction 0 + 1 + 1, every
		// other item "no activity".
		answer(patient, "fsfi", ResponseJson.numbered(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0),
				"2026-04-01T09:00:00Z");

		mvc.perform(get("/progress/measures/fsfi").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("chart__point--no-activity"), containsString(">No activity</text>"),
						containsString("<td data-label=\"Total\">No activity reported</td>"),
						containsString("Not compared: no activity reported"),
						containsString("Latest: No activity reported"),
						not(containsString("<td data-label=\"Total\">2</td>")), not(containsString("cy=")))));
		mvc.perform(get("/progress/measures").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no activity reported, so there is no score to compare")));
	}

}
