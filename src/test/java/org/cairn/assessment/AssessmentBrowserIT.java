package org.cairn.assessment;

import org.cairn.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Assessment tab and the examination pages in a real browser, against the demo
 * record.
 */
class AssessmentBrowserIT extends BrowserTest {

	@Test
	void alexKeepsExaminationPreferencesOnAPhone() {
		open(390, 844);
		signInAs("patient");
		go("/privacy");
		page.locator("a[href='/privacy/exam-preferences']").click();
		assertThat(page.locator("h1")).containsText("examination preferences");
		assertThat(page.locator("#stopSignal")).hasValue("pineapple");
		assertAccessible("/privacy/exam-preferences");
		page.locator("input[name=chaperone]").check();
		page.locator("form.exam-preferences button[type=submit]").click();
		assertThat(page.locator(".banner")).containsText("Your preferences are saved");
		assertThat(page.locator("#history-heading + p + ul")).containsText("Version 2");
		assertAccessible("/privacy/exam-preferences after saving");
		go("/privacy/exam-consent");
		assertThat(page.locator("h1")).containsText("Consent for today");
		assertAccessible("/privacy/exam-consent");
	}

	@Test
	void thePhysioChartsTodaysVisitOnALaptop() {
		open(1280, 800);
		signInAs("physio");
		page.locator("a:has-text('Alex')").first().click();
		page.locator("nav.chart-tabs a:has-text('Assessment')").click();
		assertThat(page.locator(".chart-facts")).containsText("stop signal");
		assertThat(page.locator("#visits")).containsText("Marinoff grade 2");
		assertAccessible("the assessment tab");
		page.locator("#today button[type=submit]").click();
		assertThat(page.locator("#internal-locked")).isVisible();
		assertAccessible("the assessment tab with today's visit");
		page.locator("#consent .exam-step button:has-text('patient says yes')").first().click();
		assertThat(page.locator("#internal-locked")).hasCount(0);
		page.locator("#findings input[name='internal.pf-tone'][value='raised']").check();
		page.locator("#findings button[type=submit]").click();
		assertThat(page.locator(".banner")).containsText("Findings saved");
		go("/patients/" + page.url().replaceAll(".*/patients/([^/]+)/.*", "$1") + "/notes");
		assertAccessible("the notes tab");
	}

	@Test
	void theAssessmentTabWorksOnAPhone() {
		open(390, 844);
		signInAs("physio");
		page.locator("a:has-text('Alex')").first().click();
		page.locator("nav.chart-tabs a:has-text('Assessment')").click();
		assertAccessible("the assessment tab on a phone");
	}

}
