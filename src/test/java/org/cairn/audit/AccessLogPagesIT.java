package org.cairn.audit;

import java.time.LocalDate;

import org.cairn.patients.Patients;
import org.cairn.patients.Profile;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccessLogPagesIT extends IntegrationTest {

	@Autowired
	Patients patients;

	@Test
	void thePatientSeesWhoOpenedTheirChartAndWhoWasRefusedInTheirTimeZone() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person outsider = data.clinician(Discipline.UROLOGY);
		PatientRecord patient = data.patient(physio);
		patients.updateProfile(patient.id(),
				Profile.of("Alex", null, null, "America/Toronto", "en", LocalDate.of(2026, 1, 1)));

		mvc.perform(get("/patients/{id}", patient.id()).with(as(physio))).andExpect(status().isOk());
		mvc.perform(get("/patients/{id}", patient.id()).with(as(outsider))).andExpect(status().isNotFound());

		mvc.perform(get("/privacy/access-log").with(as(patient.person())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Times are shown in your time zone, America/Toronto.")))
			.andExpect(content().string(containsString("Clinician pelvic-floor-pt")))
			.andExpect(content().string(containsString("Your chart")))
			.andExpect(content().string(containsString("Refused: they were not let in")))
			.andExpect(content().string(containsString("-05:00")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void theAccessLogIsOnlyForPatients() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/privacy/access-log").with(as(physio))).andExpect(status().isForbidden());
	}

}
