package org.cairn.platform;

import java.util.ArrayList;
import java.util.List;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErrorPagesIT extends IntegrationTest {

	@Test
	void anUnknownPageIsAFriendlyNotFoundWithAWayHome() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(get("/no/such/page").with(as(physio)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page")))
			.andExpect(content().string(containsString("Go to my home page")))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void aWrongMethodOnAPageIsNotAServerError() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(put("/caseload").with(as(physio))).andExpect(status().is4xxClientError());
	}

	@Test
	void noPageAnswersAServerErrorToAnyRoleOrToAnEmptyForm() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Person admin = data.practiceAdmin();
		PatientRecord patient = data.patient(physio);
		String id = patient.id().toString();
		String clinician = physio.account().id().toString();
		List<String> pages = List.of("/", "/today", "/caseload", "/patients/new", "/patients/" + id,
				"/patients/not-an-id", "/team", "/team/" + clinician + "/end", "/team/nonsense/end", "/privacy",
				"/privacy?added=nonsense", "/privacy/access-log", "/profile", "/practice", "/invitations/unknown",
				"/login");
		List<String> forms = List.of("/patients/new", "/patients/" + id + "/team", "/patients/nonsense/team",
				"/team/" + clinician + "/accept", "/team/" + clinician + "/decline", "/team/nonsense/end", "/privacy",
				"/profile", "/invitations/unknown");
		List<String> serverErrors = new ArrayList<>();
		for (Person person : List.of(physio, admin, patient.person())) {
			for (String page : pages) {
				int status = mvc.perform(get(page).with(as(person))).andReturn().getResponse().getStatus();
				if (status >= 500) {
					serverErrors.add("GET " + page + " as " + person.actor().role() + ": " + status);
				}
			}
			for (String form : forms) {
				int status = mvc.perform(post(form).with(as(person)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				if (status >= 500) {
					serverErrors.add("POST " + form + " as " + person.actor().role() + ": " + status);
				}
			}
		}
		assertThat(serverErrors).isEmpty();
	}

}
