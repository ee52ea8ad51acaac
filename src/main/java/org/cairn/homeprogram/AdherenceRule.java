package org.cairn.homeprogram;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Home-program adherence, week by week: done ÷ due, in Monday-to-Sunday weeks of the
 * patient's own calendar. Pure: no clock and no database, so every rule below is a worked
 * example in {@code AdherenceRuleTest}.
 *
 * <ul>
 * <li>A day counts only while a version of the prescription is in force, not after today,
 * and, for graded insertion, only while the patient's agreement stands: a withdrawal
 * pauses those exercises from that day on.</li>
 * <li>Fixed days: each planned day in force is one due. Times a week: the number, scaled
 * to the days in force when the week is partial (started, changed or stopped mid-week, or
 * the current week up to today), rounded to the nearest whole number.</li>
 * <li>Done: days in force with at least one entry, so two entries on one day count once;
 * a day off the plan counts too (Tuesday instead of Monday is fine), but never more than
 * was due that week.</li>
 * <li>A week with nothing due has no ratio ("nothing planned"), never 0%.</li>
 * </ul>
 */
final class AdherenceRule {

	private AdherenceRule() {
	}

	/** One version of a prescription, as adherence needs it. */
	record Plan(UUID series, Schedule schedule, LocalDate startsOn, @Nullable LocalDate endsOn,
			boolean gradedInsertion) {

		boolean inForceOn(LocalDate date) {
			return !date.isBefore(startsOn) && (endsOn == null || date.isBefore(endsOn));
		}

	}

	/** A change of the patient's agreement to graded insertion, on their calendar. */
	record Agreement(LocalDate changedOn, boolean agreed) {
	}

	static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * Every week from the one holding {@code from} to the one holding {@code to}.
	 * @param done the days with at least one (not voided) entry, by series
	 * @param agreements oldest first
	 * @param today the patient's today: later days are not due yet
	 */
	static List<WeeklyAdherence> weekly(Collection<Plan> plans, Map<UUID, Set<LocalDate>> done,
			List<Agreement> agreements, LocalDate from, LocalDate to, LocalDate today) {
		List<WeeklyAdherence> weeks = new ArrayList<>();
		for (LocalDate monday = monday(from); !monday.isAfter(monday(to)); monday = monday.plusWeeks(1)) {
			weeks.add(week(monday, plans, done, agreements, today));
		}
		return weeks;
	}

	static WeeklyAdherence week(LocalDate monday, Collection<Plan> plans, Map<UUID, Set<LocalDate>> done,
			List<Agreement> agreements, LocalDate today) {
		Map<UUID, Integer> dueBySeries = new LinkedHashMap<>();
		Map<UUID, Set<LocalDate>> inForce = new LinkedHashMap<>();
		for (Plan plan : plans) {
			List<LocalDate> days = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate day = monday.plusDays(i);
				if (plan.inForceOn(day) && !day.isAfter(today)
						&& (!plan.gradedInsertion() || agreedOn(agreements, day))) {
					days.add(day);
				}
			}
			if (days.isEmpty()) {
				continue;
			}
			int due = plan.schedule().fixedDays() ? (int) days.stream().filter(plan.schedule()::plannedOn).count()
					: (int) Math.round(plan.schedule().timesPerWeek() * days.size() / 7.0);
			dueBySeries.merge(plan.series(), due, Integer::sum);
			inForce.computeIfAbsent(plan.series(), s -> new HashSet<>()).addAll(days);
		}
		int due = 0;
		int doneCount = 0;
		for (Map.Entry<UUID, Integer> series : dueBySeries.entrySet()) {
			Set<LocalDate> days = inForce.get(series.getKey());
			long doneDays = done.getOrDefault(series.getKey(), Set.of()).stream().filter(days::contains).count();
			due += series.getValue();
			doneCount += (int) Math.min(series.getValue(), doneDays);
		}
		return new WeeklyAdherence(monday, doneCount, due);
	}

	/** The agreement on a day: the last change made on or before it; none means no. */
	static boolean agreedOn(List<Agreement> agreements, LocalDate day) {
		boolean agreed = false;
		for (Agreement change : agreements) {
			if (change.changedOn().isAfter(day)) {
				break;
			}
			agreed = change.agreed();
		}
		return agreed;
	}

	/**
	 * Whether an exercise belongs on today's checklist: on its day for fixed days; for a
	 * number of times a week, while the week's number is not yet reached by earlier days.
	 * @param doneThisWeek days of this week with an entry
	 */
	static boolean plannedToday(Schedule schedule, Set<LocalDate> doneThisWeek, LocalDate today) {
		if (schedule.fixedDays()) {
			return schedule.plannedOn(today);
		}
		long before = doneThisWeek.stream().filter(d -> d.isBefore(today)).count();
		return before < schedule.timesPerWeek();
	}

}
