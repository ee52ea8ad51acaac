package org.cairn.diary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.patients.ChartHeader;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.IntakeAnswers;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's diary page (one screen, working without JavaScript; the offline queue
 * only enhances it) and the clinician chart's diary tab. Same service and access policy
 * as {@link DiaryApi}: the page always shows the signed-in patient's own diary.
 */
@Controller
class DiaryPages {

	/** Days the clinician's tab shows at once: four weeks, Monday to Sunday. */
	private static final int TAB_WEEKS = 4;

	private final DiaryEntries entries;

	private final AccessPolicy policy;

	private final DiarySafety safety;

	private final ChartHeader header;

	private final IntakeAnswers intake;

	DiaryPages(DiaryEntries entries, AccessPolicy policy, DiarySafety safety, ChartHeader header,
			IntakeAnswers intake) {
		this.entries = entries;
		this.policy = policy;
		this.safety = safety;
		this.header = header;
		this.intake = intake;
	}

	@GetMapping("/diary")
	String diary(@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String safety, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.read(actor, patient, DataCategory.DIARY, "diary");
		if (safety != null) {
			// Just saved with a safety answer: the calm message again, after the
			// redirect.
			model.addAttribute("safety", this.safety.notice(patient));
		}
		LocalDate today = entries.today(patient);
		LocalDate day = pageDate(date, today);
		Optional<Day> existing = entries.day(patient, day);
		DiaryForm form = existing.map(DiaryForm::amending)
			.orElseGet(() -> entries.dayBefore(patient, day)
				.map(earlier -> DiaryForm.following(earlier, day))
				.orElseGet(() -> DiaryForm.blank(day)));
		return page(model, patient, today, day, form, Map.of());
	}

	@PostMapping("/diary")
	ModelAndView save(@RequestParam MultiValueMap<String, String> form, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.write(actor, patient, DataCategory.DIARY, "diary");
		LocalDate today = entries.today(patient);
		EntryInput.Read read = EntryInput.fromForm(form, today);
		try {
			DiaryEntries.Recorded recorded = entries.record(actor, patient, read);
			return new ModelAndView("redirect:/diary?date=" + recorded.stored().entry().date() + "&saved"
					+ (recorded.redFlags().isEmpty() ? "" : "&safety=1"));
		}
		catch (RefusedEntry refused) {
			if (!refused.redFlags().isEmpty()) {
				model.addAttribute("safety", safety.notice(patient));
			}
			LocalDate day = read.entry() != null && !refused.fieldErrors().containsKey("date") ? read.entry().date()
					: today;
			String view = page(model, patient, today, day, DiaryForm.sent(form), errorKeys(refused));
			return withStatus(view, model, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (ConflictException conflict) {
			model.addAttribute("conflict", true);
			LocalDate day = read.entry() != null ? read.entry().date() : today;
			String view = page(model, patient, today, day, DiaryForm.sent(form).withNewClientId(), Map.of());
			return withStatus(view, model, HttpStatus.CONFLICT);
		}
	}

	/** One day of the week strip. */
	record StripDay(LocalDate date, boolean logged, boolean flare, boolean selected, boolean today) {
	}

	/** An attempt as the pages list it. */
	record AttemptView(String type, @Nullable Integer dilatorSize, int pain, @Nullable String location,
			@Nullable Integer painAfterMinutes, boolean stopped) {

		static AttemptView of(DiaryEntry.Attempt a) {
			return new AttemptView(a.type(), a.dilatorSize(), a.pain(), a.location(), a.painAfterMinutes(),
					a.stopped());
		}

		/** Whether the time after is one of the page's choices, which have words. */
		public boolean afterChoice() {
			return painAfterMinutes != null && DiaryCodes.PAIN_AFTER_CHOICES.contains(painAfterMinutes);
		}

	}

	private String page(Model model, PatientId patient, LocalDate today, LocalDate day, DiaryForm form,
			Map<String, String> errors) {
		LocalDate stripEnd = day.plusDays(3).isAfter(today) ? today : day.plusDays(3);
		LocalDate stripStart = stripEnd.minusDays(6);
		Map<LocalDate, Day> week = entries.days(patient, stripStart, stripEnd)
			.stream()
			.collect(Collectors.toMap(Day::date, Function.identity()));
		List<StripDay> strip = new ArrayList<>();
		for (LocalDate d = stripStart; !d.isAfter(stripEnd); d = d.plusDays(1)) {
			Day logged = week.get(d);
			strip.add(new StripDay(d, logged != null, logged != null && logged.current().entry().flare(), d.equals(day),
					d.equals(today)));
		}
		Day existing = week.get(day);
		if (existing == null && (day.isBefore(stripStart) || day.isAfter(stripEnd))) {
			existing = entries.day(patient, day).orElse(null);
		}
		List<String> primary = activitiesThatApply(patient, form);
		List<String> others = DiaryCodes.ACTIVITIES.stream().filter(a -> !primary.contains(a)).toList();
		model.addAttribute("today", today);
		model.addAttribute("date", day);
		model.addAttribute("minDate", today.minusDays(DiaryCodes.MAX_DAYS_BACK));
		model.addAttribute("form", form);
		model.addAttribute("logged", existing != null);
		model.addAttribute("attempts", existing == null ? List.of()
				: existing.attempts().stream().map(a -> AttemptView.of(a.attempt())).toList());
		model.addAttribute("strip", strip);
		model.addAttribute("primary", primary);
		model.addAttribute("others", others);
		model.addAttribute("othersOpen", others.stream().anyMatch(a -> !form.painOf(a).isEmpty()));
		model.addAttribute("attemptOpen", !form.attemptValue("type").isEmpty());
		model.addAttribute("moreOpen",
				!(form.bowelNote() + form.bladderNote() + form.helped() + form.note()).isEmpty() || errors.keySet()
					.stream()
					.anyMatch(k -> Set.of("bowelNote", "bladderNote", "helped", "note").contains(k)));
		model.addAttribute("errors", errors);
		model.addAttribute("scale", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
		model.addAttribute("sleepScale", java.util.stream.IntStream.rangeClosed(1, 5).boxed().toList());
		model.addAttribute("attemptTypes", List.copyOf(DiaryCodes.ATTEMPT_TYPES.keySet()));
		model.addAttribute("locations", DiaryCodes.LOCATIONS);
		model.addAttribute("painAfterChoices", DiaryCodes.PAIN_AFTER_CHOICES);
		model.addAttribute("redFlagCodes", DiaryCodes.RED_FLAGS);
		if (!model.containsAttribute("safety")) {
			model.addAttribute("safety", null);
		}
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", false);
		}
		return "diary/diary";
	}

	/**
	 * The activities the patient named in the intake (the one they most want back first),
	 * and any the form has a value for; sitting when the intake says nothing.
	 */
	private List<String> activitiesThatApply(PatientId patient, DiaryForm form) {
		Set<String> chosen = new LinkedHashSet<>();
		intake.latest(patient).ifPresent(answers -> {
			answers.get("priority-activity").codes().forEach(chosen::add);
			answers.get("pain-activities").codes().forEach(chosen::add);
		});
		if (chosen.isEmpty()) {
			chosen.add("penetration");
			chosen.add("sitting");
		}
		DiaryCodes.ACTIVITIES.stream().filter(a -> !form.painOf(a).isEmpty()).forEach(chosen::add);
		chosen.retainAll(DiaryCodes.ACTIVITIES);
		return List.copyOf(chosen);
	}

	@GetMapping("/patients/{patientId}/diary")
	String tab(@PathVariable String patientId, @RequestParam(required = false) @Nullable String to, Actor actor,
			Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.DIARY, "diary");
		LocalDate today = entries.today(patient);
		LocalDate end = to == null || to.isBlank() ? today : parse("to", to);
		LocalDate lastMonday = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate start = lastMonday.minusWeeks(TAB_WEEKS - 1L);
		LocalDate sunday = lastMonday.plusDays(6);
		Map<LocalDate, Day> days = entries.days(patient, start, sunday)
			.stream()
			.collect(Collectors.toMap(Day::date, Function.identity()));
		List<TabWeek> weeks = new ArrayList<>();
		for (LocalDate monday = lastMonday; !monday.isBefore(start); monday = monday.minusWeeks(1)) {
			List<TabDay> rows = new ArrayList<>();
			for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
				rows.add(TabDay.of(d, days.get(d), d.isAfter(today)));
			}
			weeks.add(new TabWeek(monday, rows, rows.stream().filter(TabDay::logged).count()));
		}
		model.addAttribute("header", header.view(actor, patient));
		model.addAttribute("weeks", weeks);
		model.addAttribute("activities", DiaryCodes.ACTIVITIES);
		model.addAttribute("earlier", start.minusDays(1));
		model.addAttribute("later", sunday.isBefore(today) ? sunday.plusDays(7) : null);
		return "diary/tab";
	}

	record TabWeek(LocalDate monday, List<TabDay> days, long logged) {
	}

	/** One row of the clinician's week table; {@code future} days are left blank. */
	record TabDay(LocalDate date, boolean logged, boolean future, Map<String, Integer> worst,
			List<AttemptView> attempts, boolean flare, @Nullable Integer stress, @Nullable Integer sleep,
			@Nullable Integer cycleDay, List<String> notes, List<String> redFlags, int amended) {

		static TabDay of(LocalDate date, @Nullable Day day, boolean future) {
			if (day == null) {
				return new TabDay(date, false, future, Map.of(), List.of(), false, null, null, null, List.of(),
						List.of(), 0);
			}
			DiaryEntry e = day.current().entry();
			List<String> notes = new ArrayList<>();
			Set<String> flags = new LinkedHashSet<>();
			day.history().forEach(h -> flags.addAll(h.entry().redFlags()));
			flags.addAll(e.redFlags());
			return new TabDay(date, true, future, day.worstPain(),
					day.attempts().stream().map(a -> AttemptView.of(a.attempt())).toList(), e.flare(), e.stress(),
					e.sleep(), e.cycleDay(), notes(e), List.copyOf(flags), day.history().size());
		}

		private static List<String> notes(DiaryEntry e) {
			List<String> notes = new ArrayList<>();
			for (String note : new String[] { e.bowelNote(), e.bladderNote(), e.helped(), e.note() }) {
				notes.add(note == null ? "" : note);
			}
			return notes;
		}

		public @Nullable Integer painFor(String activity) {
			return worst.get(activity);
		}

	}

	private static LocalDate pageDate(@Nullable String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return today;
		}
		LocalDate date = parse("date", text);
		Map<String, String> problems = new LinkedHashMap<>();
		EntryRules.checkDate(date, today, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(String.join("; ", problems.values()), problems);
		}
		return date;
	}

	private static LocalDate parse(String field, String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.field(field, "Give the day as YYYY-MM-DD.");
		}
	}

	/**
	 * Field errors as message keys: {@code diary.form.<field>.error}, one key for pain.
	 */
	static Map<String, String> errorKeys(InvalidInputException ex) {
		Map<String, String> keys = new LinkedHashMap<>();
		Set<String> known = Set.of("date", "clientId", "flare", "stress", "sleep", "cycleDay", "bowelNote",
				"bladderNote", "helped", "note", "redFlags");
		for (String field : ex.fieldErrors().keySet()) {
			if (field.startsWith("pain.")) {
				keys.put(field, "diary.form.pain.error");
			}
			else if (field.startsWith("attempts[0].")) {
				String name = field.substring("attempts[0].".length());
				keys.put("attempt." + name, EntryInput.ATTEMPT_FIELDS.contains(name)
						? "diary.form.attempt." + name + ".error" : "diary.form.unknown.error");
			}
			else {
				keys.put(field, known.contains(field) ? "diary.form." + field + ".error" : "diary.form.unknown.error");
			}
		}
		return keys;
	}

	private static ModelAndView withStatus(String view, Model model, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view, model.asMap());
		mav.setStatus(status);
		return mav;
	}

}
