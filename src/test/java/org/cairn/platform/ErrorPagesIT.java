package org.cairn.platform;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import static org.cairn.support.SignedIn.as;
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

}
