package org.cairn.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of how a diary day is read from its entries. */
class DayTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

	private static StoredEntry stored(String at, DiaryEntry entry) {
		Instant written = Instant.parse(at);
		return new StoredEntry(UUID.randomUUID(), UUID.randomUUID().toString(), entry, written, written, "h");
	}

	private static DiaryEntry entry(Map<String, Integer> pain, List<DiaryEntry.Attempt> attempts, boolean flare,
			Integer stress) {
		return new DiaryEntry(MONDAY, pain, attempts, flare, stress, 3, 12, null, null, null, null, Set.of());
	}

	private static DiaryEntry.Attempt attempt(String type, Integer size, int pain) {
		return new DiaryEntry.Attempt(type, size, pain, "superficial", 30, false);
	}

	@Test
	void worstPainPerActivityTakesTheHighestOfTheDaysRatingAndItsAttempts() {
		// Penetration rated 3 for the day; a dilator at 5 and a partner at 6: the day's
		// worst is 6. A tampon at 2 counts as tampon, not penetration; sitting stays 4.
		Day day = Day.of(List.of(stored("2026-11-16T20:00:00Z",
				entry(Map.of("penetration", 3, "sitting", 4),
						List.of(attempt("dilator", 3, 5), attempt("partner", null, 6), attempt("tampon", null, 2)),
						false, 5))));
		assertThat(day.toDiaryDay().pain()).containsExactly(Map.entry("penetration", 6), Map.entry("tampon", 2),
				Map.entry("sitting", 4));
	}

	@Test
	void anAttemptAloneGivesTheActivityItsPain() {
		// No rating for penetration, only a finger at 4 and a pelvic exam at 7.
		Day day = Day.of(List.of(stored("2026-11-16T20:00:00Z",
				entry(Map.of(), List.of(attempt("finger", null, 4), attempt("pelvic-exam", null, 7)), false, null))));
		assertThat(day.toDiaryDay().pain()).containsOnly(Map.entry("penetration", 4), Map.entry("pelvic-exam", 7));
	}

	@Test
	void aLaterEntryAmendsTheDayAndTheDaysAttemptsAddUp() {
		// Morning: sitting 5, stress 7, a dilator at 6. Evening: sitting 3, stress 4, a
		// flare, a partner attempt at 5. The evening's values are the day's; both
		// attempts
		// count, so penetration's worst is the morning dilator's 6.
		StoredEntry morning = stored("2026-11-16T08:00:00Z",
				entry(Map.of("sitting", 5), List.of(attempt("dilator", 2, 6)), false, 7));
		StoredEntry evening = stored("2026-11-16T21:00:00Z",
				entry(Map.of("sitting", 3), List.of(attempt("partner", null, 5)), true, 4));
		Day day = Day.of(List.of(evening, morning));
		DiaryDay read = day.toDiaryDay();
		assertThat(read.pain()).containsOnly(Map.entry("penetration", 6), Map.entry("sitting", 3));
		assertThat(read.flare()).isTrue();
		assertThat(read.stress()).isEqualTo(4);
		assertThat(day.history()).containsExactly(morning);
		assertThat(day.attempts()).extracting(a -> a.entryId()).containsExactly(morning.id(), evening.id());
	}

	@Test
	void anEntryWrittenOfflineEarlierDoesNotOverrideOneWrittenLaterThatArrivedFirst() {
		// Written at 09:00 offline, arrived at 11:00; written and arrived at 10:00. The
		// 10:00 entry is the newer one.
		Instant nine = Instant.parse("2026-11-16T09:00:00Z");
		StoredEntry offline = new StoredEntry(UUID.randomUUID(), "a", entry(Map.of("sitting", 8), List.of(), false, 8),
				nine, Instant.parse("2026-11-16T11:00:00Z"), "h");
		StoredEntry online = stored("2026-11-16T10:00:00Z", entry(Map.of("sitting", 2), List.of(), false, 2));
		assertThat(Day.of(List.of(offline, online)).toDiaryDay().pain()).containsEntry("sitting", 2);
	}

	@Test
	void groupsEntriesIntoDaysOldestFirst() {
		DiaryEntry tuesday = new DiaryEntry(MONDAY.plusDays(1), Map.of("sitting", 1), List.of(), false, null, null,
				null, null, null, null, null, Set.of());
		List<Day> days = Day.days(List.of(stored("2026-11-17T20:00:00Z", tuesday),
				stored("2026-11-16T20:00:00Z", entry(Map.of("sitting", 2), List.of(), false, null))));
		assertThat(days).extracting(Day::date).containsExactly(MONDAY, MONDAY.plusDays(1));
	}

}
