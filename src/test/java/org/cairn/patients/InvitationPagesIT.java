package org.cairn.patients;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvitationPagesIT extends IntegrationTest {

	@Autowired
	Patients patients;

	private Patients.Invited invited() {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		return data.invitedPatient(physio);
	}

	private static MockHttpServletRequestBuilder accept(String token, String username, String password, String again) {
		return post("/invitations/{token}", token).with(csrf())
			.param("username", username)
			.param("password", password)
			.param("passwordAgain", again)
			.param("preferredName", "Sam")
			.param("pronouns", "he/him")
			.param("dateOfBirth", "1990-05-06")
			.param("timeZone", "Europe/London")
			.param("language", "en");
	}

	@Test
	void theInvitationLinkShowsAWelcomeAndTheForm() throws Exception {
		mvc.perform(get("/invitations/{token}", invited().invitationToken()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome to Cairn")))
			.andExpect(content().string(containsString("<label for=\"passwordAgain\">")))
			.andExpect(content().string(containsString("<option value=\"Europe/London\" selected=\"selected\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void acceptingMakesTheAccountAndSendsThePatientToSignIn() throws Exception {
		Patients.Invited invited = invited();
		String username = "new" + TestData.unique();
		mvc.perform(accept(invited.invitationToken(), username, TestData.PASSWORD, TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?activated"));

		Patient patient = patients.find(invited.patient().id()).orElseThrow();
		assertThat(patient.activated()).isTrue();
		assertThat(patient.name()).isEqualTo("Sam");
		mvc.perform(formLogin().user(username).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void mismatchedPasswordsAreShownAgainAndTheInvitationStaysUnused() throws Exception {
		Patients.Invited invited = invited();
		mvc.perform(accept(invited.invitationToken(), "new" + TestData.unique(), TestData.PASSWORD, "something-else-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The two passwords are not the same")))
			.andExpect(content().string(not(containsString(TestData.PASSWORD))));
		assertThat(patients.find(invited.patient().id()).orElseThrow().activated()).isFalse();
		assertThatCode(() -> patients.invitation(invited.invitationToken())).doesNotThrowAnyException();
	}

	@Test
	void aBadUsernameAShortPasswordAndABadDateAreAllShownAtOnce() throws Exception {
		Patients.Invited invited = invited();
		mvc.perform(accept(invited.invitationToken(), "A", "short", "short").param("dateOfBirth", "12/31/1990"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("id=\"dateOfBirth-error\"")));
		assertThat(patients.find(invited.patient().id()).orElseThrow().activated()).isFalse();
	}

	@Test
	void aTakenUsernameIsShownAgainAndTheInvitationStaysUnused() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		Patients.Invited invited = data.invitedPatient(physio);
		mvc.perform(accept(invited.invitationToken(), physio.username(), TestData.PASSWORD, TestData.PASSWORD))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Someone already uses this username")));
		assertThat(patients.find(invited.patient().id()).orElseThrow().activated()).isFalse();
		assertThatCode(() -> patients.invitation(invited.invitationToken())).doesNotThrowAnyException();
	}

	@Test
	void aUsedInvitationAnswersACalmGonePage() throws Exception {
		Patients.Invited invited = invited();
		mvc.perform(accept(invited.invitationToken(), "new" + TestData.unique(), TestData.PASSWORD, TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?activated"));

		mvc.perform(get("/invitations/{token}", invited.invitationToken()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link no longer works")))
			.andExpect(content().string(containsString("ask your clinician for a new one")));
		mvc.perform(
				accept(invited.invitationToken(), "other" + TestData.unique(), TestData.PASSWORD, TestData.PASSWORD))
			.andExpect(status().isGone());
	}

	@Test
	void anUnknownInvitationAnswersNotFound() throws Exception {
		mvc.perform(get("/invitations/{token}", "no-such-token"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page")));
	}

	@Test
	void acceptingWithoutTheCsrfTokenIsRefused() throws Exception {
		Patients.Invited invited = invited();
		mvc.perform(post("/invitations/{token}", invited.invitationToken()).param("username", "x" + TestData.unique())
			.param("password", TestData.PASSWORD)
			.param("passwordAgain", TestData.PASSWORD)
			.param("timeZone", "UTC")
			.param("language", "en")).andExpect(status().isForbidden());
		assertThat(patients.find(invited.patient().id()).orElseThrow().activated()).isFalse();
	}

}
