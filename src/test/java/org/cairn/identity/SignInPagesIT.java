package org.cairn.identity;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInPagesIT extends IntegrationTest {

	@Test
	void signInPageHasLabelledFieldsAndACsrfToken() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("<label for=\"username\">Username</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("href=\"#main\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void signInPageExplainsAWrongPasswordAPauseASignOutAndANewAccount() throws Exception {
		mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("did not match")));
		mvc.perform(get("/login").param("throttled", ""))
			.andExpect(content().string(containsString("sign-in is paused")));
		mvc.perform(get("/login").param("signedOut", ""))
			.andExpect(content().string(containsString("You have signed out")));
		mvc.perform(get("/login").param("activated", ""))
			.andExpect(content().string(containsString("Your account is ready")));
	}

	@Test
	void signingInWithTheFormLandsEachRoleOnItsHome() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		Person admin = data.practiceAdmin();

		expectHome(patient.person(), "/today");
		expectHome(physio, "/caseload");
		expectHome(admin, "/practice");
	}

	private void expectHome(Person person, String home) throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin().user(person.username()).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl(home));
		mvc.perform(get(home).session(session)).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordGoesBackToTheSignInPageWithAMessage() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(formLogin().user(physio.username()).password("not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void pagesAskAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/today")).andExpect(status().is3xxRedirection());
	}

	@Test
	void signingOutNeedsTheCsrfToken() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		mvc.perform(post("/logout").with(as(physio))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(as(physio)).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
	}

	@Test
	void practiceAdminSeesThePracticeAndItsPeopleButNoPatients() throws Exception {
		Person admin = data.practiceAdmin();
		mvc.perform(get("/practice").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Practice admin")))
			.andExpect(content().string(containsString("Sign out")));
	}

	@Test
	void practicePageIsForbiddenToOtherRoles() throws Exception {
		Person physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord patient = data.patient(physio);
		mvc.perform(get("/practice").with(as(physio)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This page is not for your account")));
		mvc.perform(get("/practice").with(as(patient.person()))).andExpect(status().isForbidden());
	}

}
