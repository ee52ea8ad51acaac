package org.cairn.homeprogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cairn.careplan.CarePlanSummary;
import org.cairn.careplan.Intervention;
import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.patients.ChartHeader;
import org.cairn.platform.ConflictException;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The chart's home-program tab: prescribe from the library, change or stop a
 * prescription, and read the patient's entries and weekly adherence. The same services
 * and access policy as {@link HomeProgramApi}.
 */
@Controller
class HomeProgramTab {

	private final HomePrograms programs;

	private final ProgramViews views;

	private final Library library;

	private final CarePlanSummary plans;

	private final AccessPolicy policy;

	private final ChartHeader header;

	HomeProgramTab(HomePrograms programs, ProgramViews views, Library library, CarePlanSummary plans,
			AccessPolicy policy, ChartHeader header) {
		this.programs = programs;
		this.views = views;
		this.library = library;
		this.plans = plans;
		this.policy = policy;
		this.header = header;
	}

	/** What a prescription form sent, to show it again beside its errors. */
	record Form(String exerciseId, String dose, String scheduleKind, List<String> days, String timesPerWeek,
			String interventionId, String reason) {

		static final Form EMPTY = new Form("", "", "days", List.of(), "3", "", "");

	}

	@GetMapping("/patients/{patientId}/home-program")
	String tab(@PathVariable String patientId, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		return tab(actor, patient, model, locale, "", Form.EMPTY, Map.of(), null);
	}

	@PostMapping("/patients/{patientId}/home-program")
	ModelAndView prescribe(@PathVariable String patientId, @RequestParam(required = false) @Nullable String exerciseId,
			@RequestParam(required = false) @Nullable String dose,
			@RequestParam(required = false) @Nullable String scheduleKind,
			@RequestParam(required = false) @Nullable List<String> days,
			@RequestParam(required = false) @Nullable String timesPerWeek,
			@RequestParam(required = false) @Nullable String interventionId, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		Form form = form(exerciseId, dose, scheduleKind, days, timesPerWeek, interventionId, null);
		try {
			Inputs.PrescriptionInput input = input(true, form);
			readPlanFor(actor, patient, input);
			Prescription created = programs.prescribe(actor, patient, input, locale);
			return redirect(patient, "prescribed", created.id());
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, "new", form, ex);
		}
	}

	@PostMapping("/patients/{patientId}/home-program/{prescriptionId}/change")
	ModelAndView change(@PathVariable String patientId, @PathVariable String prescriptionId,
			@RequestParam(required = false) @Nullable String dose,
			@RequestParam(required = false) @Nullable String scheduleKind,
			@RequestParam(required = false) @Nullable List<String> days,
			@RequestParam(required = false) @Nullable String timesPerWeek,
			@RequestParam(required = false) @Nullable String interventionId, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		UUID id = HomeProgramApi.prescriptionId(prescriptionId);
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		Form form = form(null, dose, scheduleKind, days, timesPerWeek, interventionId, null);
		try {
			Inputs.PrescriptionInput input = input(false, form);
			readPlanFor(actor, patient, input);
			Prescription next = programs.change(actor, patient, id, input);
			return redirect(patient, "changed", next.id());
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, id.toString(), form, ex);
		}
		catch (ConflictException ex) {
			return conflict(actor, patient, model, locale);
		}
	}

	@PostMapping("/patients/{patientId}/home-program/{prescriptionId}/stop")
	ModelAndView stop(@PathVariable String patientId, @PathVariable String prescriptionId,
			@RequestParam(required = false) @Nullable String reason, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		UUID id = HomeProgramApi.prescriptionId(prescriptionId);
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		Form form = form(null, null, null, null, null, null, reason);
		try {
			programs.stop(actor, patient, id, Inputs.reason(reason));
			return new ModelAndView("redirect:/patients/" + patient + "/home-program?stopped#history");
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, "stop-" + id, form, ex);
		}
		catch (ConflictException ex) {
			return conflict(actor, patient, model, locale);
		}
	}

	private ModelAndView redirect(PatientId patient, String what, UUID id) {
		return new ModelAndView("redirect:/patients/" + patient + "/home-program?" + what + "#p-" + id);
	}

	private ModelAndView failed(Actor actor, PatientId patient, Model model, Locale locale, String formId, Form form,
			InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.keys("homeprogram.prescribe", ex));
		if (ex instanceof HomePrograms.InsertionNotAgreed) {
			errors.put("exerciseId", "homeprogram.prescribe.insertion.error");
		}
		// Day and times errors belong to the one schedule control.
		if (errors.keySet().stream().anyMatch(k -> k.startsWith("schedule"))) {
			errors.keySet().removeIf(k -> k.startsWith("schedule"));
			errors.put("schedule", "homeprogram.prescribe.schedule.error");
		}
		ModelAndView mav = new ModelAndView(tab(actor, patient, model, locale, formId, form, errors, null),
				model.asMap());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	private ModelAndView conflict(Actor actor, PatientId patient, Model model, Locale locale) {
		ModelAndView mav = new ModelAndView(
				tab(actor, patient, model, locale, "", Form.EMPTY, Map.of(), "homeprogram.tab.conflict"),
				model.asMap());
		mav.setStatus(HttpStatus.CONFLICT);
		return mav;
	}

	private void readPlanFor(Actor actor, PatientId patient, Inputs.PrescriptionInput input) {
		if (input.interventionId() != null) {
			policy.read(actor, patient, DataCategory.CARE_PLAN, "home-program/intervention");
		}
	}

	private static Form form(@Nullable String exerciseId, @Nullable String dose, @Nullable String scheduleKind,
			@Nullable List<String> days, @Nullable String timesPerWeek, @Nullable String interventionId,
			@Nullable String reason) {
		return new Form(exerciseId == null ? "" : exerciseId, dose == null ? "" : dose,
				scheduleKind == null ? "" : scheduleKind, days == null ? List.of() : days,
				timesPerWeek == null ? "" : timesPerWeek, interventionId == null ? "" : interventionId,
				reason == null ? "" : reason);
	}

	private static Inputs.PrescriptionInput input(boolean needsExercise, Form form) {
		Integer times = ExercisePages.number(form.timesPerWeek());
		List<String> days = form.days();
		return switch (form.scheduleKind()) {
			case "days" ->
				Inputs.prescription(needsExercise, form.exerciseId(), form.dose(), days, null, form.interventionId());
			case "times" -> Inputs.prescription(needsExercise, form.exerciseId(), form.dose(), null,
					times == null ? -1 : times, form.interventionId());
			default ->
				Inputs.prescription(needsExercise, form.exerciseId(), form.dose(), days, times, form.interventionId());
		};
	}

	/** Library exercises grouped by category, for the prescribe form. */
	record Group(String category, List<Exercise> exercises) {
	}

	private String tab(Actor actor, PatientId patient, Model model, Locale locale, String failedForm, Form form,
			Map<String, String> errors, @Nullable String problem) {
		ProgramViews.Program program = views.program(patient, locale);
		model.addAttribute("header", header.view(actor, patient));
		model.addAttribute("program", program);
		model.addAttribute("weeks", program.weeksNewestFirst());
		List<Group> groups = new ArrayList<>();
		for (Category category : Category.values()) {
			List<Exercise> exercises = library.visibleTo(actor, locale)
				.stream()
				.filter(e -> e.category() == category)
				.sorted(Comparator.comparing(Exercise::title))
				.toList();
			if (!exercises.isEmpty()) {
				groups.add(new Group(category.code(), exercises));
			}
		}
		model.addAttribute("groups", groups);
		boolean seesPlan = policy.permits(actor, patient, DataCategory.CARE_PLAN);
		List<Intervention> interventions = seesPlan
				? plans.interventions(patient).stream().filter(Intervention::active).toList() : List.of();
		model.addAttribute("interventions", interventions);
		Map<UUID, String> interventionTitles = new LinkedHashMap<>();
		interventions.forEach(i -> interventionTitles.put(i.id(), i.title()));
		model.addAttribute("interventionTitles", interventionTitles);
		model.addAttribute("weekDays", ProgramViews.week());
		model.addAttribute("noDays", List.of());
		model.addAttribute("failedForm", failedForm);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return "homeprogram/tab";
	}

}
