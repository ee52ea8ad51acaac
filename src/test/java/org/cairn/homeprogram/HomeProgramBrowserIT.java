package org.cairn.homeprogram;

import com.microsoft.playwright.Locator;
import org.cairn.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The home program's pages in a real browser, against Alex's demo record. */
class HomeProgramBrowserIT extends BrowserTest {

	@Test
	void alexMarksAnExerciseDoneOnAPhone() {
		open(390, 844);
		signInAs("patient");
		assertThat(page.locator("#card-exercises")).containsText("Belly breathing lying down");
		assertAccessible("Today with the exercise checklist");

		Locator item = page.locator("#card-exercises li.checklist__item:has-text('Belly breathing')");
		item.locator("details.mark-done > summary").click();
		item.locator(".scale__step:has-text('2')").first().click();
		item.locator("textarea[name=note]").fill("Easier after a warm shower.");
		assertAccessible("Today with the mark-done form open");
		item.locator("button[type=submit]").click();

		assertThat(page.locator("#card-exercises .banner--success")).containsText("Marked as done");
		assertThat(page.locator("#card-exercises li.checklist__item:has-text('Belly breathing')")).containsText("Done");
		assertAccessible("Today after marking an exercise done");

		page.locator("#card-exercises a[href='/exercises']").click();
		assertThat(page.locator("h1")).containsText("Your exercises");
		assertThat(page.locator("main")).containsText("When to stop");
		assertThat(page.locator("#insertion")).containsText("You have said yes to insertion exercises");
		assertAccessible("the Exercises page");
	}

	@Test
	void thePhysioReadsAdherenceAndPrescribesOnALaptop() {
		open(1280, 800);
		signInAs("physio");
		page.locator("a:has-text('Alex')").first().click();
		page.locator("nav.chart-tabs a:has-text('Home program')").click();
		assertThat(page.locator("#current")).containsText("Supported butterfly");
		assertThat(page.locator("#adherence tbody tr")).hasCount(ProgramViews.WEEKS);
		assertAccessible("the home-program tab");

		page.locator("#new select[name=exerciseId]").selectOption(Library.idOf("cat-cow").toString());
		page.locator("#new button[type=submit]").click();
		assertThat(page.locator("#new .field-error").first()).isVisible();
		assertAccessible("the home-program tab with errors");

		page.locator("#n-dose").fill("8 slow rounds");
		page.locator("#new label[for=n-day-tue]").click();
		page.locator("#new label[for=n-day-fri]").click();
		page.locator("#new button[type=submit]").click();
		assertThat(page.locator(".banner--success")).containsText("Exercise prescribed");
		assertThat(page.locator("#current")).containsText("Slow cat and cow");

		page.locator("#current a:has-text('Slow cat and cow')").click();
		assertThat(page.locator("h1")).containsText("Slow cat and cow");
		assertAccessible("an exercise of the library");
	}

}
