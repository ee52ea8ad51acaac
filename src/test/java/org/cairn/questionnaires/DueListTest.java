package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of the due rules, with a fixed clock. */
class DueListTest {

	private static final ZoneId UTC = ZoneOffset.UTC;

	/** Started Monday 2 March 2026, 09:00 UTC. */
	private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	private static List<Due> due(String now, ZoneId zone, DueList.Past... past) {
		return due(Schedule.defaults(), now, zone, past);
	}

	private static List<Due> due(Schedule schedule, String now, ZoneId zone, DueList.Past... past) {
		return new DueList(schedule, Clock.fixed(Instant.parse(now), UTC)).forPatient(START, zone, List.of(past));
	}

	private static DueList.Past past(String instrument, String authored, @Nullable Integer total) {
		return new DueList.Past(instrument, Instant.parse(authored), total == null ? null : BigDecimal.valueOf(total));
	}

	/** Everything a new patient answers once at the start (the intake and baselines). */
	private static DueList.Past[] baseline(String authored, int phq9, int gad7) {
		return new DueList.Past[] { past("cairn-intake", authored, null), past("nrs-pain", authored, 6),
				past("fsfi", authored, 20), past("peg", authored, 5), past("phq9", authored, phq9),
				past("gad7", authored, gad7) };
	}

	private static @Nullable Due find(List<Due> due, String instrument) {
		return due.stream().filter(d -> d.instrument().equals(instrument)).findFirst().orElse(null);
	}

	@Test
	void aNewPatientIsDueTheIntakeAndEveryBaselineFromTheirFirstDay() {
		List<Due> due = due("2026-03-02T10:00:00Z", UTC);

		assertThat(due).extracting(Due::instrument)
			.containsExactly("cairn-intake", "nrs-pain", "fsfi", "peg", "phq9", "gad7");
		assertThat(due).allSatisfy(d -> {
			assertThat(d.dueSince()).isEqualTo(LocalDate.of(2026, 3, 2));
			assertThat(d.overdue()).isFalse();
		});
		assertThat(due.get(0).why()).isEqualTo("first questionnaire, asked once at the start");
		assertThat(find(due, "nrs-pain").why()).isEqualTo("starting measure, weekly after that");
	}

	@Test
	void theStartingBundleBecomesOverdueOnTheEighthDayNotTheSeventh() {
		assertThat(due("2026-03-09T12:00:00Z", UTC)).noneMatch(Due::overdue);
		assertThat(due("2026-03-10T12:00:00Z", UTC)).allMatch(Due::overdue);
	}

	@Test
	void weeklyPainIsNotDueSixDaysAfterTheLastRatingAndDueOnTheSeventh() {
		DueList.Past[] answered = baseline("2026-03-02T10:00:00Z", 4, 3);

		assertThat(due("2026-03-08T20:00:00Z", UTC, answered)).isEmpty();
		List<Due> due = due("2026-03-09T08:00:00Z", UTC, answered);
		assertThat(due).extracting(Due::instrument).containsExactly("nrs-pain");
		assertThat(due.get(0).dueSince()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(due.get(0).overdue()).isFalse();
		assertThat(due.get(0).why()).isEqualTo("weekly check; last one 7 days ago");
	}

	@Test
	void weeklyPainLateByMoreThanAWeekIsOverdueAndSaysHowLongAgo() {
		DueList.Past[] answered = baseline("2026-03-02T10:00:00Z", 4, 3);

		Due nine = find(due("2026-03-11T08:00:00Z", UTC, answered), "nrs-pain");
		assertThat(nine.overdue()).isFalse();
		assertThat(nine.why()).isEqualTo("weekly check; last one 9 days ago");

		Due fifteen = find(due("2026-03-17T08:00:00Z", UTC, answered), "nrs-pain");
		assertThat(fifteen.dueSince()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(fifteen.overdue()).isTrue();
	}

	@Test
	void aResponseOnTheDueDayClearsItUntilTheNextInterval() {
		DueList.Past[] answered = baseline("2026-03-02T10:00:00Z", 4, 3);
		DueList.Past onTheDay = past("nrs-pain", "2026-03-09T18:00:00Z", 5);
		DueList.Past[] both = java.util.stream.Stream
			.concat(java.util.Arrays.stream(answered), java.util.stream.Stream.of(onTheDay))
			.toArray(DueList.Past[]::new);

		assertThat(due("2026-03-09T19:00:00Z", UTC, both)).isEmpty();
		assertThat(find(due("2026-03-16T07:00:00Z", UTC, both), "nrs-pain").dueSince())
			.isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	void phq9AndGad7RepeatOnlyWhileTheLastTotalWasTenOrMore() {
		// PHQ-9 10 (moderate) repeats; GAD-7 9 (mild) does not; FSFI and PEG repeat
		// anyway.
		List<Due> due = due("2026-03-30T08:00:00Z", UTC, baseline("2026-03-02T10:00:00Z", 10, 9));

		assertThat(due).extracting(Due::instrument).containsExactly("nrs-pain", "fsfi", "peg", "phq9");
		Due phq9 = find(due, "phq9");
		assertThat(phq9.dueSince()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(phq9.reason().kind()).isEqualTo(Due.Kind.RAISED);
		assertThat(phq9.revealsARaisedScore()).isTrue();
		assertThat(find(due, "fsfi").revealsARaisedScore()).isFalse();
		assertThat(phq9.why())
			.isEqualTo("every 4 weeks check while the last total is 10 or more; last one 28 days ago");
	}

	@Test
	void phq9StopsRepeatingOnceTheLastTotalFallsBelowTen() {
		DueList.Past[] answered = baseline("2026-03-02T10:00:00Z", 14, 12);
		DueList.Past[] later = java.util.stream.Stream
			.concat(java.util.Arrays.stream(answered),
					java.util.stream.Stream.of(past("phq9", "2026-03-30T10:00:00Z", 8)))
			.toArray(DueList.Past[]::new);

		List<Due> due = due("2026-04-28T08:00:00Z", UTC, later);
		assertThat(find(due, "phq9")).isNull();
		assertThat(find(due, "gad7")).isNotNull();
	}

	@Test
	void anIncompletePhq9WithoutATotalKeepsRepeating() {
		DueList.Past[] answered = baseline("2026-03-02T10:00:00Z", 4, 3);
		answered[4] = past("phq9", "2026-03-02T10:00:00Z", null);

		assertThat(find(due("2026-03-30T08:00:00Z", UTC, answered), "phq9")).isNotNull();
	}

	@Test
	void daysAreCountedInThePatientsTimeZoneAcrossMidnight() {
		ZoneId sydney = ZoneId.of("Australia/Sydney"); // UTC+11 in March
		// Answered at 23:30 on Monday 2 March in Sydney (12:30 UTC).
		DueList.Past[] answered = baseline("2026-03-02T12:30:00Z", 4, 3);

		// 12:59 UTC on 9 March is 23:59 on Monday 9 March in Sydney: due.
		assertThat(find(due("2026-03-09T12:59:00Z", sydney, answered), "nrs-pain").dueSince())
			.isEqualTo(LocalDate.of(2026, 3, 9));
		// 12:59 UTC on 8 March is 23:59 on Sunday 8 March in Sydney: not yet, though UTC
		// counts from 2 March 12:30 too.
		assertThat(due("2026-03-08T12:59:00Z", sydney, answered)).isEmpty();
		// At 13:00 UTC on 8 March it is already Monday 9 March in Sydney, but not in UTC.
		assertThat(find(due("2026-03-08T13:00:00Z", sydney, answered), "nrs-pain")).isNotNull();
		assertThat(due("2026-03-08T13:00:00Z", UTC, answered)).isEmpty();
	}

	@Test
	void aMeasureTurnedOffIsNeverDueAndTheIntakeAlwaysIs() {
		Schedule onlyPain = new Schedule(List.of(new Schedule.Rule("nrs-pain", 2, false)));

		assertThat(due(onlyPain, "2026-03-02T10:00:00Z", UTC)).extracting(Due::instrument)
			.containsExactly("cairn-intake", "nrs-pain");
		assertThat(find(due(onlyPain, "2026-03-16T10:00:00Z", UTC, past("cairn-intake", "2026-03-02T10:00:00Z", null),
				past("nrs-pain", "2026-03-02T10:00:00Z", 5)), "nrs-pain")
			.why()).isEqualTo("every 2 weeks check; last one 14 days ago");
	}

	@Test
	void refusesIntervalsOutsideOneToFiftyTwoWeeksAndTheThresholdOnOtherMeasures() {
		assertThatThrownBy(() -> new Schedule.Rule("nrs-pain", 0, false)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Schedule.Rule("fsfi", 53, false)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Schedule.Rule("fsfi", 4, true)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new Schedule.Rule("pcl5", 4, false)).isInstanceOf(InvalidInputException.class);
	}

}
