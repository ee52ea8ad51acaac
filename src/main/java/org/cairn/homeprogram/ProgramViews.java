package org.cairn.homeprogram;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One patient's home program shaped for reading: the current prescriptions with their
 * exercise, this week's entries and whether each belongs on today's checklist; the
 * history of versions; recent entries; and weekly adherence. Callers have passed the
 * access policy for {@code home-program}.
 */
@Component
class ProgramViews {

	/** Weeks of adherence and of entries shown on the pages. */
	static final int WEEKS = 8;

	private final HomePrograms programs;

	private final JdbcHomeProgram jdbc;

	private final Library library;

	private final Adherence adherence;

	private final MessageSource messages;

	ProgramViews(HomePrograms programs, JdbcHomeProgram jdbc, Library library, Adherence adherence,
			MessageSource messages) {
		this.programs = programs;
		this.jdbc = jdbc;
		this.library = library;
		this.adherence = adherence;
		this.messages = messages;
	}

	/**
	 * A current prescription.
	 *
	 * @param paused graded insertion while the patient's agreement is off
	 * @param doneDays this week's days with an entry, as short day names
	 * @param todaysEntries today's entries that were not undone
	 */
	record Item(Prescription prescription, Exercise exercise, boolean paused, boolean plannedToday,
			List<String> doneDays, List<ExerciseLog> todaysEntries, String schedule) {

		public UUID id() {
			return prescription.id();
		}

		public boolean doneToday() {
			return !todaysEntries.isEmpty();
		}

		public @Nullable ExerciseLog lastToday() {
			return todaysEntries.isEmpty() ? null : todaysEntries.get(todaysEntries.size() - 1);
		}

	}

	/** One logged entry with its exercise's title. */
	record Entry(ExerciseLog log, String title) {
	}

	/** A version that has ended, for the history. */
	record Ended(Prescription prescription, String title, String schedule) {
	}

	record Program(LocalDate today, List<Item> items, List<Ended> ended, List<Entry> entries,
			List<WeeklyAdherence> weeks, boolean agreed, @Nullable LocalDate agreementChangedOn) {

		List<Item> checklist() {
			return items.stream().filter(i -> !i.paused() && (i.plannedToday() || i.doneToday())).toList();
		}

		List<Item> active() {
			return items.stream().filter(i -> !i.paused()).toList();
		}

		List<Item> paused() {
			return items.stream().filter(Item::paused).toList();
		}

		/** Weeks newest first, for tables. */
		List<WeeklyAdherence> weeksNewestFirst() {
			List<WeeklyAdherence> out = new ArrayList<>(weeks);
			java.util.Collections.reverse(out);
			return out;
		}

	}

	Program program(PatientId patient, Locale locale) {
		LocalDate today = programs.today(patient);
		LocalDate monday = AdherenceRule.monday(today);
		LocalDate since = monday.minusWeeks(WEEKS - 1);
		List<Prescription> versions = jdbc.prescriptions(List.of(patient)).getOrDefault(patient, List.of());
		List<ExerciseLog> logs = jdbc.logs(List.of(patient), since, today).getOrDefault(patient, List.of());
		Map<UUID, Exercise> exercises = library
			.byIds(versions.stream().map(Prescription::exerciseId).collect(Collectors.toSet()), locale);
		boolean agreed = programs.insertionAgreed(patient);
		Map<UUID, Set<LocalDate>> done = Adherence.doneDays(logs);
		List<Item> items = new ArrayList<>();
		List<Ended> ended = new ArrayList<>();
		for (Prescription p : versions) {
			Exercise exercise = exercises.get(p.exerciseId());
			if (exercise == null) {
				continue;
			}
			if (!p.current()) {
				ended.add(new Ended(p, exercise.title(), schedule(p.schedule(), locale)));
				continue;
			}
			Set<LocalDate> thisWeek = done.getOrDefault(p.series(), Set.of())
				.stream()
				.filter(d -> !d.isBefore(monday))
				.collect(Collectors.toSet());
			List<String> doneDays = thisWeek.stream()
				.sorted()
				.map(d -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale))
				.toList();
			List<ExerciseLog> todays = logs.stream()
				.filter(l -> !l.voided() && l.series().equals(p.series()) && l.date().equals(today))
				.toList();
			boolean paused = p.gradedInsertion() && !agreed;
			items.add(new Item(p, exercise, paused, AdherenceRule.plannedToday(p.schedule(), thisWeek, today), doneDays,
					todays, schedule(p.schedule(), locale)));
		}
		ended.sort(Comparator
			.comparing((Ended e) -> e.prescription().endedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
			.reversed());
		Map<UUID, String> titles = new LinkedHashMap<>();
		versions.forEach(p -> {
			Exercise e = exercises.get(p.exerciseId());
			titles.put(p.id(), e == null ? "" : e.title());
		});
		List<Entry> entries = new ArrayList<>();
		logs.stream()
			.sorted(Comparator.comparing(ExerciseLog::date).thenComparing(ExerciseLog::recordedAt).reversed())
			.forEach(l -> entries.add(new Entry(l, titles.getOrDefault(l.prescriptionId(), ""))));
		List<WeeklyAdherence> weeks = adherence.weekly(List.of(patient), since, today).getOrDefault(patient, List.of());
		ZoneId zone = programs.zone(patient);
		LocalDate changedOn = programs.insertionAgreement(patient)
			.map(e -> LocalDate.ofInstant(e.getValue(), zone))
			.orElse(null);
		return new Program(today, items, ended, entries, weeks, agreed, changedOn);
	}

	/** "Every day", "Mon, Wed, Fri" or "3 times a week", in the reader's language. */
	String schedule(Schedule schedule, Locale locale) {
		if (!schedule.fixedDays() && schedule.timesPerWeek() < 7) {
			return messages.getMessage("homeprogram.schedule.times", new Object[] { schedule.timesPerWeek() }, locale);
		}
		if (!schedule.fixedDays() || schedule.days().size() == 7) {
			return messages.getMessage("homeprogram.schedule.daily", null, locale);
		}
		String days = schedule.days()
			.stream()
			.sorted()
			.map(d -> d.getDisplayName(TextStyle.SHORT, locale))
			.collect(Collectors.joining(", "));
		return messages.getMessage("homeprogram.schedule.days", new Object[] { days }, locale);
	}

	static List<DayOfWeek> week() {
		return List.of(DayOfWeek.values());
	}

}
