package org.cairn.contributors;

import org.cairn.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The contributor map's pages in a real browser, against the demo record. */
class ContributorsBrowserIT extends BrowserTest {

	@Test
	void alexReadsTheAreasToExploreOnAPhone() {
		open(390, 844);
		signInAs("patient");
		go("/care/areas");
		assertThat(page.locator("h1")).containsText("Areas to explore");
		// Alex's physical therapist can help with bowels too, so the area counts as
		// covered.
		assertThat(page.locator("#area-bowel")).containsText("Someone on your team can help with this.");
		page.locator("#area-bowel summary").click();
		assertThat(page.locator("#area-bowel")).containsText("constipation");
		assertAccessible("/care/areas");
	}

	@Test
	void thePhysioReviewsAnAreaOnALaptopButNeverSeesTraumaReasons() {
		open(1280, 800);
		signInAs("physio");
		page.locator("a:has-text('Alex')").first().click();
		page.locator("nav.chart-tabs a:has-text('Contributor map')").click();
		assertThat(page.locator("#domain-trauma")).containsText("Shared with part of the team");
		assertThat(page.locator(".chart-facts")).containsText("Provoked, superficial, secondary");
		assertAccessible("the contributor map tab");
		page.locator("#domain-bowel summary").click();
		page.locator("#domain-bowel button[type=submit]").click();
		assertThat(page.locator("#domain-bowel .field-error").first()).isVisible();
		assertAccessible("the contributor map tab with errors");
		page.locator("#domain-bowel input[value=confirmed]").check();
		page.locator("#domain-bowel textarea").fill("Straining and constipation confirmed at today's visit.");
		page.locator("#domain-bowel button[type=submit]").click();
		assertThat(page.locator("#domain-bowel")).containsText("Clinician view: confirmed by Jordan Lee");
	}

}
