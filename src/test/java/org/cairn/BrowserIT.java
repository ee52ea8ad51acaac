package org.cairn;

import java.util.List;
import java.util.regex.Pattern;

import org.cairn.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signs in through the real pages on a phone-sized and a desktop-sized screen, as the
 * demo practice's patient and physio, and checks the pages against the WCAG rules.
 */
class BrowserIT extends BrowserTest {

	@Test
	void patientSignsInOnAPhoneAndIsGreetedByPreferredName() {
		open(390, 844);

		signInAs("patient");

		assertThat(page).hasURL(Pattern.compile(".*/today$"));
		assertThat(page.locator("h1")).containsText("Alex");
	}

	@Test
	void physioSignsInOnADesktopAndSeesOnlyTheirOwnPatients() {
		open(1280, 800);

		signInAs("physio");

		assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
		assertThat(page.locator("body")).containsText("Alex");
		// Riley Brooks is in the demo practice too, but only with the gynecologist.
		assertThat(page.locator("body")).not().containsText("Riley");
	}

	@Test
	void patientPagesPassTheWcagRulesOnAPhone() {
		open(390, 844);
		page.navigate("http://localhost:" + port + "/login");
		assertAccessible("/login");
		signInAs("patient");
		for (String path : List.of("/today", "/team", "/privacy", "/privacy/access-log", "/profile")) {
			page.navigate("http://localhost:" + port + path);
			assertAccessible(path);
		}
	}

	@Test
	void clinicianPagesPassTheWcagRulesOnADesktop() {
		open(1280, 800);
		signInAs("physio");
		assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
		assertAccessible("/caseload");
		page.locator("a[href^='/patients/']").first().click();
		assertAccessible("the chart");
		page.navigate("http://localhost:" + port + "/patients/new");
		assertAccessible("/patients/new");
		// The same form showing its errors.
		page.click("main form button[type=submit]");
		assertThat(page.locator(".field-error").first()).isVisible();
		assertAccessible("/patients/new with errors");
	}

	@Test
	void patientCompletesTheIntakeOnAPhoneAndEveryPagePassesTheWcagRules() {
		open(390, 844);
		// Riley has not filled in the intake yet; Alex did, twelve weeks ago.
		signInAs("patient2");
		assertThat(page).hasURL(Pattern.compile(".*/today$"));
		page.locator("a[href='/questionnaires/cairn-intake']").click();
		for (int guard = 0; guard < 20 && !page.locator("h1").textContent().contains("Thank you"); guard++) {
			assertThat(page.locator("progress")).isVisible();
			String title = page.locator("h1").textContent();
			assertAccessible("intake page " + title);
			// Simple answers: no to each yes-or-no question, which also opts out of the
			// section on past experiences; 2 on the 0–10 scales.
			page.locator("main input[type=radio][value=false]").all().forEach(radio -> radio.check());
			page.locator(".scale").all().forEach(scale -> scale.locator("input[value='2']").check());
			page.locator("main button[name=action][value=next], main button[name=action][value=submit]").click();
			page.waitForLoadState();
		}
		assertThat(page.locator("h1")).containsText("Thank you for your answers");
		assertThat(page.locator("main")).containsText("shared with your team");
		assertAccessible("the thank-you page");
		page.navigate("http://localhost:" + port + "/questionnaires");
		assertAccessible("/questionnaires");
	}

}
