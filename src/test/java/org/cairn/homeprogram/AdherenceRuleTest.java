package org.cairn.homeprogram;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cairn.homeprogram.AdherenceRule.Agreement;
import org.cairn.homeprogram.AdherenceRule.Plan;
import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of weekly adherence: days done ÷ days planned, Monday weeks. */
class AdherenceRuleTest {

	/** Monday 2 November 2026. */
	static final LocalDate MON = LocalDate.of(2026, 11, 2);

	static final LocalDate LATER = MON.plusWeeks(10);

	final UUID series = UUID.randomUUID();

	Plan plan(Schedule schedule, LocalDate startsOn, LocalDate endsOn) {
		return new Plan(series, schedule, startsOn, endsOn, false);
	}

	static Set<LocalDate> days(LocalDate... days) {
		return Set.of(days);
	}

	@Test
	void aWeekWithFiveDueAndFourDoneIsEightyPercent() {
		Plan weekdays = plan(Schedule.onDays(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), MON.minusWeeks(1), null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(weekdays),
				Map.of(series, days(MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(4))), List.of(), LATER);

		assertThat(week.due()).isEqualTo(5);
		assertThat(week.done()).isEqualTo(4);
		assertThat(week.ratio()).isEqualTo(0.8);
	}

	@Test
	void aPartialFirstWeekCountsOnlyTheDaysFromTheStart() {
		// Monday, Wednesday and Friday, prescribed on the Wednesday: two days are due.
		Plan mwf = plan(Schedule.onDays(MONDAY, WEDNESDAY, FRIDAY), MON.plusDays(2), null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(mwf), Map.of(series, days(MON.plusDays(2))), List.of(),
				LATER);

		assertThat(week.due()).isEqualTo(2);
		assertThat(week.done()).isEqualTo(1);
		assertThat(week.ratio()).isEqualTo(0.5);
	}

	@Test
	void aPartialFirstWeekOfTimesAWeekIsScaledToTheDaysInForce() {
		// Three times a week from Thursday: 3 × 4/7 = 1.71, rounded to 2.
		Plan thrice = plan(Schedule.timesAWeek(3), MON.plusDays(3), null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(thrice), Map.of(), List.of(), LATER);

		assertThat(week.due()).isEqualTo(2);
		assertThat(week.done()).isZero();
	}

	@Test
	void nothingDueHasNoRatioRatherThanZero() {
		Plan starts = plan(Schedule.onDays(MONDAY), MON.plusWeeks(1), null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(starts), Map.of(), List.of(), LATER);

		assertThat(week.due()).isZero();
		assertThat(week.ratio()).isNull();
		assertThat(AdherenceRule.week(MON, List.of(), Map.of(), List.of(), LATER).ratio()).isNull();
	}

	@Test
	void anotherDayOfTheWeekCountsButNeverMoreThanWasDue() {
		// Planned Monday and Wednesday; done Tuesday, Wednesday and Thursday.
		Plan twice = plan(Schedule.onDays(MONDAY, WEDNESDAY), MON.minusWeeks(1), null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(twice),
				Map.of(series, days(MON.plusDays(1), MON.plusDays(2), MON.plusDays(3))), List.of(), LATER);

		assertThat(week.done()).isEqualTo(2);
		assertThat(week.ratio()).isEqualTo(1.0);
	}

	@Test
	void twoEntriesOnOneDayCountOnce() {
		Plan daily = plan(Schedule.timesAWeek(7), MON, null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(daily), Map.of(series, days(MON)), List.of(), LATER);

		assertThat(week.done()).isEqualTo(1);
		assertThat(week.due()).isEqualTo(7);
	}

	@Test
	void daysAfterTodayAreNotDueYet() {
		Plan daily = plan(Schedule.timesAWeek(7), MON.minusWeeks(1), null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(daily), Map.of(series, days(MON, MON.plusDays(1))),
				List.of(), MON.plusDays(2));

		assertThat(week.due()).isEqualTo(3);
		assertThat(week.done()).isEqualTo(2);
	}

	@Test
	void aStoppedPrescriptionIsNotDueFromTheDayItStopped() {
		Plan stopped = plan(Schedule.onDays(MONDAY, WEDNESDAY, FRIDAY), MON.minusWeeks(1), MON.plusDays(2));

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(stopped), Map.of(series, days(MON)), List.of(), LATER);

		assertThat(week.due()).isEqualTo(1);
		assertThat(week.done()).isEqualTo(1);
	}

	@Test
	void aChangeMidWeekKeepsOneSeriesAcrossItsVersions() {
		// Monday and Friday until Wednesday, then Wednesday and Friday: Monday,
		// Wednesday, Friday due.
		Plan before = plan(Schedule.onDays(MONDAY, FRIDAY), MON.minusWeeks(1), MON.plusDays(2));
		Plan after = plan(Schedule.onDays(WEDNESDAY, FRIDAY), MON.plusDays(2), null);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(before, after),
				Map.of(series, days(MON, MON.plusDays(2))), List.of(), LATER);

		assertThat(week.due()).isEqualTo(3);
		assertThat(week.done()).isEqualTo(2);
	}

	@Test
	void gradedInsertionIsPausedFromTheDayTheAgreementIsWithdrawn() {
		Plan insertion = new Plan(series, Schedule.onDays(MONDAY, WEDNESDAY, FRIDAY), MON.minusWeeks(1), null, true);
		List<Agreement> agreements = List.of(new Agreement(MON.minusWeeks(2), true),
				new Agreement(MON.plusDays(2), false));

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(insertion), Map.of(series, days(MON)), agreements,
				LATER);

		assertThat(week.due()).isEqualTo(1);
		assertThat(week.done()).isEqualTo(1);
	}

	@Test
	void severalExercisesAddUpInTheWeek() {
		UUID other = UUID.randomUUID();
		Plan breathing = plan(Schedule.timesAWeek(7), MON.minusWeeks(1), null);
		Plan release = new Plan(other, Schedule.onDays(MONDAY, WEDNESDAY, FRIDAY), MON.minusWeeks(1), null, false);

		WeeklyAdherence week = AdherenceRule.week(MON, List.of(breathing, release),
				Map.of(series, days(MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(3), MON.plusDays(4)), other,
						days(MON, MON.plusDays(4))),
				List.of(), LATER);

		assertThat(week.due()).isEqualTo(10);
		assertThat(week.done()).isEqualTo(7);
		assertThat(week.ratio()).isEqualTo(0.7);
	}

	@Test
	void weeksRunFromTheMondayOfTheFirstDayToTheWeekOfTheLast() {
		List<WeeklyAdherence> weeks = AdherenceRule.weekly(List.of(), Map.of(), List.of(), MON.plusDays(3),
				MON.plusDays(15), LATER);

		assertThat(weeks).extracting(WeeklyAdherence::weekStart)
			.containsExactly(MON, MON.plusWeeks(1), MON.plusWeeks(2));
		assertThat(weeks.get(0).weekStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
	}

	@Test
	void timesAWeekStaysOnTheChecklistUntilTheWeeksNumberIsReached() {
		Schedule twice = Schedule.timesAWeek(2);

		assertThat(AdherenceRule.plannedToday(twice, days(MON), MON.plusDays(1))).isTrue();
		assertThat(AdherenceRule.plannedToday(twice, days(MON, MON.plusDays(1)), MON.plusDays(2))).isFalse();
		assertThat(AdherenceRule.plannedToday(Schedule.onDays(MONDAY), Set.of(), MON)).isTrue();
		assertThat(AdherenceRule.plannedToday(Schedule.onDays(MONDAY), Set.of(), MON.plusDays(1))).isFalse();
	}

}
