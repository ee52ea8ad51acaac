package org.cairn.referrals;

import org.cairn.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Referrals in a real browser, against the demo: Jordan (physio) has referred Alex to the
 * gastroenterologist, and it waits for Alex's approval.
 */
class ReferralsBrowserIT extends BrowserTest {

	@Test
	void alexApprovesPartOfThePacketOnAPhoneAndTheGastroenterologistReadsOnlyThat() {
		open(390, 844);
		signInAs("patient");
		go("/today");
		assertThat(page.locator("section[aria-labelledby=card-referrals]")).containsText("Dr. Priya Raman");
		page.locator("section[aria-labelledby=card-referrals] a").first().click();
		assertThat(page.locator("h1")).containsText("Dr. Priya Raman");
		assertThat(page.locator("#part-bowel-bladder")).containsText("Bowels and digestion");
		assertAccessible("the referral approval page on a phone");
		page.locator("#part-bowel-bladder input[type=checkbox]").check();
		page.locator("form[action$='/approve'] button[type=submit]").click();
		assertThat(page.locator(".banner--success")).containsText("Only the parts you ticked went");
		assertThat(page.locator("#sent-heading")).isVisible();
		assertAccessible("the referral after approval on a phone");

		open(1280, 800);
		signInAs("gastro");
		go("/referrals");
		assertThat(page.locator("#inbox-heading")).isVisible();
		page.locator("a:has-text('Alex')").first().click();
		assertThat(page.locator(".packet")).containsText("Bowel (constipation, straining, IBS or IBD)");
		assertThat(page.locator(".packet")).not().containsText("Pain profile");
		assertThat(page.locator("main")).containsText("Accept and join the care team");
		assertAccessible("the receiving clinician's packet on a laptop");
	}

	@Test
	void thePhysioSeesTheOutboxAndDraftsFromTheChartOnALaptop() {
		open(1280, 800);
		signInAs("physio");
		go("/referrals");
		assertThat(page.locator("#outbox-heading")).isVisible();
		assertThat(page.locator("main")).containsText("Dr. Priya Raman");
		assertAccessible("the Referrals page on a laptop");
		go("/caseload");
		page.locator("a:has-text('Alex')").first().click();
		page.locator("nav.chart-tabs a:has-text('Referrals')").click();
		assertThat(page.locator("#suggestions-heading")).isVisible();
		assertAccessible("the chart's referrals tab");
		page.locator("#draft-heading ~ form button[value=draft]").click();
		assertThat(page.locator("#to-error")).isVisible();
		assertAccessible("the chart's referrals tab with errors");
		go("/directory?discipline=gastroenterology");
		assertThat(page.locator("main")).containsText("Lakeside Digestive Health");
		assertAccessible("the directory");
	}

}
