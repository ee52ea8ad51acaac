package org.cairn.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cairn.diary.DiaryEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alex's demo diary tells the story the demo is for: pain with penetration easing, a
 * flare, then a plateau that the rule of CLINICAL.md section 6 catches, whichever weekday
 * the demo starts on.
 */
class DemoDiaryTest {

	@ParameterizedTest(name = "starting {0}")
	@ValueSource(strings = { "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21",
			"2026-11-22" })
	void endsOnAPlateauAfterEasingAndAFlare(String start) {
		LocalDate today = LocalDate.parse(start);
		List<Double> medians = weeklyPenetrationMedians(DemoDiary.course(today), today);
		assertThat(medians.size()).isGreaterThanOrEqualTo(11);
		// Easing over the first weeks: from about 7 to about 4.
		assertThat(medians.get(0)).isBetween(6.0, 8.0);
		assertThat(medians.get(5)).isBetween(3.0, 5.0);
		// Plateau: the last three weekly medians are no better than the three before by
		// the minimal important change (2 points or 30%).
		int n = medians.size();
		double last = median(medians.subList(n - 3, n));
		double before = median(medians.subList(n - 6, n - 3));
		double improvement = before - last;
		assertThat(improvement).isLessThan(2.0);
		assertThat(improvement).isLessThan(0.3 * before);
		assertThat(last).isBetween(3.0, 5.0);
	}

	@ParameterizedTest(name = "starting {0}")
	@ValueSource(strings = { "2026-11-16", "2026-11-19" })
	void hasAFlareOfAFewDaysSomeSkippedDaysAndNothingToday(String start) {
		LocalDate today = LocalDate.parse(start);
		List<DiaryEntry> course = DemoDiary.course(today);
		assertThat(course.stream().filter(DiaryEntry::flare).count()).isBetween(2L, 5L);
		assertThat(course.size()).isBetween(60, 83);
		assertThat(course).allMatch(e -> e.date().isBefore(today) && !e.date().isBefore(today.minusDays(84)));
		assertThat(course.stream().flatMap(e -> e.attempts().stream()).map(DiaryEntry.Attempt::type))
			.contains("dilator", "partner");
	}

	/** Monday weeks that are complete before today, oldest first. */
	private static List<Double> weeklyPenetrationMedians(List<DiaryEntry> course, LocalDate today) {
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<LocalDate, List<Double>> weeks = new TreeMap<>();
		for (DiaryEntry e : course) {
			LocalDate monday = e.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			Integer worst = e.pain().get("penetration");
			for (DiaryEntry.Attempt a : e.attempts()) {
				if (a.activity().equals("penetration")) {
					worst = worst == null ? a.pain() : Math.max(worst, a.pain());
				}
			}
			if (worst != null && monday.isBefore(thisMonday)) {
				weeks.computeIfAbsent(monday, m -> new ArrayList<>()).add(worst.doubleValue());
			}
		}
		return weeks.values().stream().filter(v -> v.size() >= 2).map(DemoDiaryTest::median).toList();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
