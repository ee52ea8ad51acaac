package org.cairn.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One day of the diary, merged from its entries (pure). The latest entry amends the day:
 * its values (pain by activity, flare, stress, sleep, cycle day, notes) are the day's;
 * attempts are added one by one, so the day's attempts are those of every entry, in the
 * order they were written. Earlier entries stay as {@code history}.
 *
 * @param current the entry whose values are the day's
 * @param attempts every attempt of the day, each with the entry that logged it
 * @param history the earlier entries of the day, oldest first
 */
record Day(LocalDate date, StoredEntry current, List<LoggedAttempt> attempts, List<StoredEntry> history) {

	record LoggedAttempt(UUID entryId, DiaryEntry.Attempt attempt) {
	}

	/**
	 * @param entries entries of one date, in any order; at least one
	 */
	static Day of(List<StoredEntry> entries) {
		List<StoredEntry> ordered = new ArrayList<>(entries);
		ordered.sort(StoredEntry.ORDER);
		StoredEntry current = ordered.get(ordered.size() - 1);
		List<LoggedAttempt> attempts = new ArrayList<>();
		for (StoredEntry entry : ordered) {
			entry.entry().attempts().forEach(a -> attempts.add(new LoggedAttempt(entry.id(), a)));
		}
		return new Day(current.entry().date(), current, List.copyOf(attempts),
				List.copyOf(ordered.subList(0, ordered.size() - 1)));
	}

	/** Days from entries of many dates, oldest first. */
	static List<Day> days(Iterable<StoredEntry> entries) {
		Map<LocalDate, List<StoredEntry>> byDate = new TreeMap<>();
		entries.forEach(e -> byDate.computeIfAbsent(e.entry().date(), d -> new ArrayList<>()).add(e));
		return byDate.values().stream().map(Day::of).toList();
	}

	/**
	 * The worst pain of the day for each activity: the day's own value and every attempt
	 * that counts towards the activity (a finger, dilator or partner attempt counts as
	 * penetration).
	 */
	Map<String, Integer> worstPain() {
		Map<String, Integer> worst = new LinkedHashMap<>(current.entry().pain());
		for (LoggedAttempt logged : attempts) {
			worst.merge(logged.attempt().activity(), logged.attempt().pain(), Math::max);
		}
		Map<String, Integer> ordered = new LinkedHashMap<>();
		DiaryCodes.ACTIVITIES.stream().filter(worst::containsKey).forEach(a -> ordered.put(a, worst.get(a)));
		return ordered;
	}

	DiaryDay toDiaryDay() {
		DiaryEntry e = current.entry();
		return new DiaryDay(date, java.util.Collections.unmodifiableMap(worstPain()), e.flare(), e.stress(), e.sleep(),
				e.cycleDay());
	}

	boolean anyStopped() {
		return attempts.stream().anyMatch(a -> a.attempt().stopped());
	}

	static final Comparator<Day> NEWEST_FIRST = Comparator.comparing(Day::date).reversed();

}
