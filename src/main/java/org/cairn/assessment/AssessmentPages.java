package org.cairn.assessment;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.cairn.consent.EncounterId;
import org.cairn.consent.ExamConsents;
import org.cairn.consent.ExamEvent;
import org.cairn.consent.ExamPreferenceRecords;
import org.cairn.consent.ExamProcedure;
import org.cairn.consent.VisitConsent;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.patients.ChartHeader;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
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
 * The clinician's Assessment tab: the patient's examination preferences beside the
 * structured form, today's consent and the course of the examination, and every visit
 * charted so far. The internal part of the form stays locked, with the reason, until the
 * patient's consent to an internal examination at today's visit is recorded. Same
 * services and rules as {@link AssessmentApi}.
 */
@Controller
class AssessmentPages {

	private final Encounters encounters;

	private final ExamConsents consents;

	private final ExamPreferenceRecords preferences;

	private final ChartHeader header;

	private final MessageSource messages;

	private final Clock clock;

	AssessmentPages(Encounters encounters, ExamConsents consents, ExamPreferenceRecords preferences, ChartHeader header,
			MessageSource messages, Clock clock) {
		this.encounters = encounters;
		this.consents = consents;
		this.preferences = preferences;
		this.header = header;
		this.messages = messages;
		this.clock = clock;
	}

	/** One item of the form, with what was chosen (kept when the form comes back). */
	record ItemView(ExamItem item, Route route, String field, List<String> options, List<String> chosen,
			@Nullable String detail, @Nullable String errorKey) {

		public String id() {
			return field.replace('.', '-');
		}

		public boolean isChosen(String option) {
			return chosen.contains(option);
		}

	}

	record SectionView(String code, List<ItemView> items) {
	}

	record FindingView(ChartedFinding finding, String text, boolean mine) {
	}

	record EncounterView(Encounter encounter, @Nullable VisitConsent consent, List<FindingView> findings,
			boolean mine) {
	}

	/** Which form failed, so the page shows its errors in place. */
	record Failure(String form, @Nullable String target, Map<String, String> errors) {

		static final Failure NONE = new Failure("", null, Map.of());

		public @Nullable String error(String field) {
			return errors.get(field);
		}

		/** The message key of the banner above the page. */
		public String banner() {
			String form = errors.get("form");
			if (form != null) {
				return form;
			}
			return errors.isEmpty() ? "assessment.failed" : errors.values().iterator().next();
		}

	}

	@GetMapping("/patients/{patientId}/assessment")
	String tab(@PathVariable String patientId, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		encounters.authorizeRead(actor, patient, "assessment");
		return page(actor, patient, model, locale, Map.of(), Failure.NONE);
	}

	@PostMapping("/patients/{patientId}/assessment/encounters")
	String open(@PathVariable String patientId, @RequestParam(required = false) @Nullable String type, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		encounters.authorizeOpen(actor, patient);
		if (encounters.todays(actor, patient).isEmpty()) {
			encounters.open(actor, patient, Encounter.VisitType.fromCode(type).orElse(Encounter.VisitType.FOLLOW_UP));
		}
		return "redirect:/patients/" + patient + "/assessment?opened#today";
	}

	@PostMapping("/patients/{patientId}/assessment/encounters/{encounterId}/findings")
	ModelAndView chart(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestParam MultiValueMap<String, String> form, Actor actor, Model model, Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		EncounterId id = EncounterId.parse(encounterId);
		encounters.authorizeCharting(actor, patient, id, "findings");
		try {
			encounters.chart(actor, patient, id, raw(form));
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, form, new Failure("findings", id.toString(), formErrors(ex)));
		}
		return new ModelAndView("redirect:/patients/" + patient + "/assessment?charted#today");
	}

	@PostMapping("/patients/{patientId}/assessment/encounters/{encounterId}/consent")
	ModelAndView consent(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable String decision,
			@RequestParam(required = false) @Nullable String note, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		EncounterId id = EncounterId.parse(encounterId);
		consents.authorizeWrite(actor, patient, id);
		try {
			ExamProcedure p = ExamProcedure.fromCode(procedure == null ? "" : procedure)
				.orElseThrow(() -> InvalidInputException.field("procedure", "Unknown examination."));
			boolean give = switch (decision == null ? "" : decision) {
				case "give" -> true;
				case "withdraw" -> false;
				default -> throw InvalidInputException.field("decision", "Say give or withdraw.");
			};
			consents.decide(actor, patient, id, p, give, note);
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, null,
					new Failure("consent", id.toString(), keys("assessment.consent", ex)));
		}
		return new ModelAndView("redirect:/patients/" + patient + "/assessment?consent#consent");
	}

	@PostMapping("/patients/{patientId}/assessment/encounters/{encounterId}/events")
	ModelAndView course(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String note, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		EncounterId id = EncounterId.parse(encounterId);
		consents.authorizeWrite(actor, patient, id);
		try {
			ExamEvent.Kind k = switch (kind == null ? "" : kind) {
				case "pause" -> ExamEvent.Kind.PAUSED;
				case "resume" -> ExamEvent.Kind.RESUMED;
				case "stop" -> ExamEvent.Kind.STOPPED;
				default -> throw InvalidInputException.field("kind", "Say pause, resume or stop.");
			};
			consents.recordCourse(actor, patient, id, k, note);
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, null,
					new Failure("course", id.toString(), keys("assessment.course", ex)));
		}
		return new ModelAndView("redirect:/patients/" + patient + "/assessment?course#consent");
	}

	@PostMapping("/patients/{patientId}/assessment/findings/{findingId}/void")
	ModelAndView voidFinding(@PathVariable String patientId, @PathVariable String findingId,
			@RequestParam(required = false) @Nullable String reason, Actor actor, Model model, Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		UUID id = EncounterId.parse(findingId).value();
		encounters.authorizeVoidFinding(actor, patient, id);
		try {
			encounters.voidFinding(actor, patient, id, reason);
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, null,
					new Failure("voidFinding", id.toString(), keys("assessment.void", ex)));
		}
		return new ModelAndView("redirect:/patients/" + patient + "/assessment?voided#visits");
	}

	@PostMapping("/patients/{patientId}/assessment/encounters/{encounterId}/void")
	ModelAndView voidEncounter(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestParam(required = false) @Nullable String reason, Actor actor, Model model, Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		EncounterId id = EncounterId.parse(encounterId);
		encounters.authorizeCharting(actor, patient, id, "encounters");
		try {
			encounters.voidEncounter(actor, patient, id, reason);
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, null,
					new Failure("voidEncounter", id.toString(), keys("assessment.void", ex)));
		}
		return new ModelAndView("redirect:/patients/" + patient + "/assessment?voided#visits");
	}

	private ModelAndView failed(Actor actor, PatientId patient, Model model, Locale locale,
			@Nullable MultiValueMap<String, String> form, Failure failure) {
		Map<String, List<String>> chosen = new LinkedHashMap<>();
		if (form != null) {
			form.forEach((k, v) -> chosen.put(k, List.copyOf(v)));
		}
		ModelAndView mav = new ModelAndView(page(actor, patient, model, locale, chosen, failure), model.asMap());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	private String page(Actor actor, PatientId patient, Model model, Locale locale, Map<String, List<String>> chosen,
			Failure failure) {
		ZoneId zone = encounters.zone(patient);
		Optional<Encounter> today = encounters.todays(actor, patient);
		List<Encounter> all = encounters.all(patient);
		Map<EncounterId, VisitConsent> visits = consents.visits(all.stream().map(Encounter::id).toList());
		List<ChartedFinding> findings = encounters.findings(patient);
		List<EncounterView> views = new ArrayList<>();
		for (Encounter e : all) {
			List<FindingView> fs = findings.stream()
				.filter(f -> f.encounter().equals(e.id()))
				.map(f -> new FindingView(f, text(f, locale), f.recordedBy().equals(actor.id())))
				.toList();
			views.add(new EncounterView(e, visits.get(e.id()), fs, e.clinician().equals(actor.id())));
		}
		model.addAttribute("header", header.view(actor, patient));
		model.addAttribute("preferences", preferences.current(patient));
		model.addAttribute("today", today.orElse(null));
		model.addAttribute("todayConsent", today.map(e -> visits.get(e.id())).orElse(null));
		model.addAttribute("external", sections(Route.EXTERNAL, chosen, failure));
		model.addAttribute("internal", sections(Route.INTERNAL, chosen, failure));
		model.addAttribute("encounters", views);
		model.addAttribute("failure", failure);
		model.addAttribute("when", DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(zone));
		model.addAttribute("time", DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone));
		model.addAttribute("zone", zone.getId());
		return "assessment/assessment";
	}

	private List<SectionView> sections(Route route, Map<String, List<String>> chosen, Failure failure) {
		Map<ExamItem.Section, List<ItemView>> bySection = new LinkedHashMap<>();
		for (ExamItem item : ExamItem.examinedBy(route)) {
			String field = route.code() + "." + item.code();
			List<String> options = switch (item.kind()) {
				case CHOICE -> item.resultCodes();
				case SCALE -> IntStream.rangeClosed(item.min(), item.max()).mapToObj(String::valueOf).toList();
				case POINTS ->
					IntStream.rangeClosed(ExamItem.CLOCK_MIN, ExamItem.CLOCK_MAX).mapToObj(String::valueOf).toList();
			};
			List<String> detail = chosen.getOrDefault(field + ".detail", List.of());
			bySection.computeIfAbsent(item.section(), s -> new ArrayList<>())
				.add(new ItemView(item, route, field, options, chosen.getOrDefault(field, List.of()),
						detail.isEmpty() ? null : detail.get(0),
						"findings".equals(failure.form()) ? failure.error(field) : null));
		}
		List<SectionView> sections = new ArrayList<>();
		bySection.forEach((section, items) -> sections.add(new SectionView(section.name().toLowerCase(), items)));
		return sections;
	}

	private String text(ChartedFinding f, Locale locale) {
		return String.join("; ",
				ExamForm.findings(f.entry(), f.recordedAt(), (key, args) -> messages.getMessage(key, args, key, locale))
					.stream()
					.map(Finding::text)
					.toList());
	}

	/**
	 * Reads the form into entries: an item left at "not examined" is not charted; tender
	 * points are the ticked clock positions, or "none".
	 */
	static List<ExamEntry.Raw> raw(MultiValueMap<String, String> form) {
		List<ExamEntry.Raw> raw = new ArrayList<>();
		for (Route route : Route.values()) {
			for (ExamItem item : ExamItem.examinedBy(route)) {
				String field = route.code() + "." + item.code();
				List<String> values = form.getOrDefault(field, List.of()).stream().filter(v -> !v.isBlank()).toList();
				String detail = form.getFirst(field + ".detail");
				if (values.isEmpty()) {
					continue;
				}
				switch (item.kind()) {
					case CHOICE ->
						raw.add(new ExamEntry.Raw(field, item.code(), route.code(), values.get(0), null, null, detail));
					case SCALE -> raw.add(new ExamEntry.Raw(field, item.code(), route.code(), null,
							number(values.get(0)), null, detail));
					case POINTS -> {
						List<Integer> points = new ArrayList<>();
						for (String v : values) {
							if (!"none".equals(v)) {
								points.add(number(v));
							}
						}
						if (values.contains("none") && !points.isEmpty()) {
							// "None tender" and a tender position contradict each other.
							points.add(0);
						}
						raw.add(new ExamEntry.Raw(field, item.code(), route.code(), null, null, points, detail));
					}
				}
			}
		}
		return raw;
	}

	private static Integer number(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			// Out of every range, so the form names it as such.
			return Integer.MIN_VALUE;
		}
	}

	/** Each failing item of the form gets its own words; the rest go to the banner. */
	private static Map<String, String> formErrors(InvalidInputException ex) {
		Map<String, String> keys = new LinkedHashMap<>();
		ex.fieldErrors().forEach((field, message) -> {
			int dot = field.lastIndexOf('.');
			if (field.startsWith("external.") || field.startsWith("internal.")) {
				keys.put(field.substring(0, dot), "assessment.form.error." + field.substring(dot + 1));
			}
			else {
				keys.put("form", "assessment.form.error." + field);
			}
		});
		keys.putIfAbsent("form", "assessment.form.error.items");
		return keys;
	}

	private static Map<String, String> keys(String form, InvalidInputException ex) {
		Map<String, String> keys = new LinkedHashMap<>();
		ex.fieldErrors().keySet().forEach(field -> keys.put(field, form + "." + field + ".error"));
		if (keys.isEmpty()) {
			keys.put("form", form + ".error");
		}
		return keys;
	}

}
