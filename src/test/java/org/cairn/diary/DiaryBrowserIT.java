package org.cairn.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import org.cairn.support.BrowserTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diary in a real browser, against Alex's demo diary: offline and back, on a phone.
 */
class DiaryBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private UUID alex() {
		return jdbc.sql("""
				select p.id from patients_patient p join identity_account a on a.id = p.account_id
				where a.username = 'patient'
				""").query(UUID.class).single();
	}

	private long entriesToday(UUID alex) {
		LocalDate today = clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
		return jdbc.sql("select count(*) from diary_entry where patient_id = ? and entry_date = ?")
			.params(alex, today)
			.query(Long.class)
			.single();
	}

	@Test
	void alexLogsTodayOfflineAndTheEntryIsSentExactlyOnceWhenTheConnectionReturns() {
		UUID alex = alex();
		long before = entriesToday(alex);
		open(390, 844);
		signInAs("patient");
		go("/diary");
		assertThat(page.locator("h1")).containsText("Your diary");
		assertThat(page.locator("[data-offline-status]")).isVisible();
		assertThat(page.locator("[data-offline-summary]")).containsText("Nothing is waiting");
		assertAccessible("/diary on a phone");

		BrowserContext context = page.context();
		context.setOffline(true);
		page.locator("label[for='pain-penetration-3']").click();
		page.locator("label[for='stress-4']").click();
		page.locator("form[data-offline-queue] button[type=submit]").click();
		assertThat(page.locator("[data-offline-summary]")).containsText("1 entry is saved on this device");
		assertThat(page.locator("[data-offline-list]")).containsText("Diary for");
		assertThat(entriesToday(alex)).isEqualTo(before);
		assertAccessible("/diary with an entry waiting to send");

		context.setOffline(false);
		assertThat(page.locator("[data-offline-summary]")).containsText("Sent.");
		assertThat(entriesToday(alex)).isEqualTo(before + 1);

		// Opening the page again sends nothing more: the entry left the device once.
		go("/diary");
		assertThat(page.locator("[data-offline-summary]")).containsText("Nothing is waiting");
		assertThat(page.locator("form[data-offline-queue] button[type=submit]")).containsText("Save changes");
		assertThat(entriesToday(alex)).isEqualTo(before + 1);
	}

	@Test
	void entriesWaitingForAnotherAccountAreNeverSentUnderThisOne() {
		open(390, 844);
		signInAs("patient");
		go("/diary");
		assertThat(page.locator("[data-offline-summary]")).containsText("Nothing is waiting");
		// Someone else saved an entry on this phone while offline, then signed out.
		page.evaluate("() => localStorage.setItem('cairn.offline.queue.v1', JSON.stringify([{"
				+ " id: 'someone-else-1', owner: 'another-account', action: location.origin + '/diary',"
				+ " fields: [['clientId', 'someone-else-1'], ['date', document.querySelector('#date').value],"
				+ " ['pain.sitting', '2'], ['flare', 'no']],"
				+ " label: 'Diary', detail: '', queuedAt: Date.now(), state: 'waiting' }]))");
		go("/diary");
		assertThat(page.locator("[data-offline-summary]")).containsText("Nothing is waiting");
		page.evaluate("() => new Promise(done => setTimeout(done, 1000))");
		assertThat(jdbc.sql("select count(*) from diary_entry where client_id = 'someone-else-1'")
			.query(Long.class)
			.single()).isZero();
		assertThat((String) page.evaluate("() => localStorage.getItem('cairn.offline.queue.v1')"))
			.contains("someone-else-1");
	}

	@Test
	void thePhysioReadsAlexsDiaryWeekByWeekOnALaptop() {
		open(1280, 800);
		signInAs("physio");
		page.locator("a:has-text('Alex')").first().click();
		page.locator("nav.chart-tabs a:has-text('Diary')").click();
		assertThat(page.locator("h1")).containsText("Alex");
		assertThat(page.locator(".diary-table").first()).containsText("Dilator size");
		assertAccessible("the diary tab");
		page.locator("a:has-text('Earlier weeks')").click();
		assertThat(page.locator(".diary-table").first()).containsText("NRS");
	}

}
