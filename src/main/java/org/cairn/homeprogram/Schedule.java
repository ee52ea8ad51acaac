package org.cairn.homeprogram;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * When a home exercise is planned: on fixed days of the week, or a number of times in
 * each Monday-to-Sunday week on any days. Once a day at most counts towards adherence, so
 * a number of times a week runs from 1 to 7.
 *
 * <p>
 * What "due" means: on its days, a fixed-days exercise is planned for that day; a
 * times-a-week exercise is planned that many times within the week. Nothing is carried
 * over from one week to the next, so a missed day never piles up as "overdue".
 */
public record Schedule(Set<DayOfWeek> days, int timesPerWeek) {

	public Schedule {
		days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
		if (days.isEmpty() == (timesPerWeek == 0)) {
			throw new IllegalArgumentException("A schedule has either days or a number of times a week");
		}
		if (timesPerWeek < 0 || timesPerWeek > 7) {
			throw new IllegalArgumentException("times a week must be 1 to 7");
		}
	}

	public static Schedule onDays(DayOfWeek first, DayOfWeek... more) {
		return new Schedule(EnumSet.of(first, more), 0);
	}

	public static Schedule timesAWeek(int times) {
		return new Schedule(Set.of(), times);
	}

	public boolean fixedDays() {
		return !days.isEmpty();
	}

	/** Whether a fixed-days schedule plans this day. */
	public boolean plannedOn(LocalDate date) {
		return days.contains(date.getDayOfWeek());
	}

	/** The days in week order, as three-letter lower-case codes ("mon", "wed"). */
	public List<String> dayCodes() {
		return days.stream().sorted().map(Schedule::code).toList();
	}

	/** For storage: "MON,WED,FRI", or null for a number of times a week. */
	@Nullable String storedDays() {
		return fixedDays() ? String.join(",", dayCodes()).toUpperCase(Locale.ROOT) : null;
	}

	static Schedule stored(@Nullable String days, @Nullable Integer timesPerWeek) {
		if (days != null) {
			Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
			for (String day : days.split(",")) {
				DayOfWeek parsed = parseDay(day);
				if (parsed == null) {
					throw new IllegalStateException("Unreadable stored day " + day);
				}
				set.add(parsed);
			}
			return new Schedule(set, 0);
		}
		return new Schedule(Set.of(), timesPerWeek == null ? 0 : timesPerWeek);
	}

	/**
	 * Reads a schedule as sent: day codes ("mon" to "sun", any case) or a number of times
	 * a week, exactly one of the two.
	 */
	static Schedule of(@Nullable Collection<String> days, @Nullable Integer timesPerWeek) {
		Map<String, String> errors = new LinkedHashMap<>();
		boolean hasDays = days != null && !days.isEmpty();
		if (hasDays == (timesPerWeek != null)) {
			throw InvalidInputException.field("schedule",
					"Give either days of the week (\"days\": [\"mon\", \"thu\"]) or a number of times a week (\"timesPerWeek\": 3), not both.");
		}
		if (hasDays) {
			Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
			for (String day : days) {
				DayOfWeek parsed = day == null ? null : parseDay(day);
				if (parsed == null) {
					errors.put("schedule.days", "Use day codes mon, tue, wed, thu, fri, sat and sun.");
					break;
				}
				set.add(parsed);
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException("The schedule needs attention.", errors);
			}
			return new Schedule(set, 0);
		}
		if (timesPerWeek < 1 || timesPerWeek > 7) {
			throw InvalidInputException.field("schedule.timesPerWeek", "Give a number of times a week from 1 to 7.");
		}
		return new Schedule(Set.of(), timesPerWeek);
	}

	static @Nullable DayOfWeek parseDay(String text) {
		String code = text.strip().toLowerCase(Locale.ROOT);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (code(day).equals(code)) {
				return day;
			}
		}
		return null;
	}

	static String code(DayOfWeek day) {
		return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
	}

	/** The schedule as JSON: {@code {"days": [...]}} or {@code {"timesPerWeek": n}}. */
	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		if (fixedDays()) {
			json.put("days", new ArrayList<>(dayCodes()));
		}
		else {
			json.put("timesPerWeek", timesPerWeek);
		}
		return json;
	}

}
