package org.cairn.identity;

import java.time.Duration;

import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.Person;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInIT extends IntegrationTest {

	@Test
	void aTokenIdentifiesTheCallerAndSaysWhichPatientRecordTheyOwn() throws Exception {
		var patient = data.patient(data.clinician(Discipline.GYNECOLOGY));

		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + patient.person().username() + "\", \"password\": \"" + TestData.PASSWORD
					+ "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(3600))
			.andExpect(header().string("Cache-Control", "no-store"));

		mvc.perform(get("/api/v1/me").header("Authorization", patient.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(patient.person().username()))
			.andExpect(jsonPath("$.role").value("PATIENT"))
			.andExpect(jsonPath("$.patientId").value(patient.id().toString()));
	}

	@Test
	void clinicianHasNoPatientId() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		mvc.perform(get("/api/v1/me").header("Authorization", gyn.bearer()))
			.andExpect(jsonPath("$.role").value("CLINICIAN"))
			.andExpect(jsonPath("$.patientId").doesNotExist());
	}

	@Test
	void wrongPasswordAnswers401ProblemAndNamesNeitherPart() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		mvc.perform(post("/api/v1/auth/token").with(elsewhere())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + gyn.username() + "\", \"password\": \"not-the-password\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("The username or password is not right."));
		mvc.perform(post("/api/v1/auth/token").with(elsewhere())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"nobody-" + TestData.unique() + "\", \"password\": \"not-the-password\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("The username or password is not right."));
	}

	@Test
	void repeatedFailuresForOneAccountAreThrottledEvenWithTheRightPassword() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
			mvc.perform(post("/api/v1/auth/token").with(elsewhere())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + gyn.username() + "\", \"password\": \"guess-number-" + i + "\"}"))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + gyn.username() + "\", \"password\": \"" + TestData.PASSWORD + "\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
		try {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"" + gyn.username() + "\", \"password\": \"" + TestData.PASSWORD + "\"}"))
				.andExpect(status().isOk());
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void repeatedFailuresFromOneAddressAreThrottledAcrossAccounts() throws Exception {
		String address = "192.0.2." + (int) (Math.random() * 200 + 1);
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			mvc.perform(post("/api/v1/auth/token").with(r -> {
				r.setRemoteAddr(address);
				return r;
			})
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"spray-" + i + "-" + TestData.unique()
						+ "\", \"password\": \"password-guess\"}"))
				.andExpect(status().isUnauthorized());
		}
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		mvc.perform(post("/api/v1/auth/token").with(r -> {
			r.setRemoteAddr(address);
			return r;
		})
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + gyn.username() + "\", \"password\": \"" + TestData.PASSWORD + "\"}"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		String bearer = gyn.bearer();
		clock.advance(Duration.ofMinutes(61));
		try {
			mvc.perform(get("/api/v1/me").header("Authorization", bearer))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void formSignInChangesTheSessionIdAndRequiresCsrf() throws Exception {
		Person gyn = data.clinician(Discipline.GYNECOLOGY);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.param("username", gyn.username())
				.param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);

		mvc.perform(post("/login").param("username", gyn.username()).param("password", TestData.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").with(csrf())
			.with(elsewhere())
			.param("username", gyn.username())
			.param("password", "wrong-password")).andExpect(redirectedUrl("/login?error"));
	}

	/**
	 * Failed sign-ins count against the address for every later test in the run; tests
	 * that fail on purpose do it from an address of their own (TEST-NET-2).
	 */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor elsewhere() {
		String address = "198.51.100." + (1 + (int) (Math.random() * 250));
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
