package org.cairn.homeprogram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.platform.ConflictException;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
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
 * The patient's Exercises page: each prescribed exercise with its purpose, steps, dose
 * and "stop if", the week so far, and "mark done" with how it felt; and the switch for
 * graded insertion exercises.
 *
 * <p>
 * Mark-done is a plain form POST to {@code /exercises/log} with a hidden {@code clientId}
 * made when the page was drawn, so a double tap, a reload or an offline queue replaying
 * the same form stores one entry.
 */
@Controller
class ExercisePages {

	private final HomePrograms programs;

	private final ProgramViews views;

	private final AccessPolicy policy;

	ExercisePages(HomePrograms programs, ProgramViews views, AccessPolicy policy) {
		this.programs = programs;
		this.views = views;
		this.policy = policy;
	}

	@GetMapping("/exercises")
	String exercises(@RequestParam(required = false) @Nullable String done, Actor actor, Model model, Locale locale) {
		PatientId patient = actor.ownRecord();
		policy.read(actor, patient, DataCategory.HOME_PROGRAM, "home-program");
		// The entry just saved, for the banner's undo button (checked again when undone).
		UUID saved = Inputs.uuid(done);
		model.addAttribute("doneLog", saved == null ? "" : saved.toString());
		return page(patient, model, locale, null, Map.of(), Map.of(), null);
	}

	/**
	 * Marks an exercise done. The same URL and fields serve the Today checklist and this
	 * page; {@code returnTo} says which page to go back to.
	 */
	@PostMapping("/exercises/log")
	ModelAndView log(@RequestParam(required = false) @Nullable String clientId,
			@RequestParam(required = false) @Nullable String prescriptionId,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String discomfort,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String returnTo, Actor actor, Model model, Locale locale) {
		PatientId patient = actor.ownRecord();
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program/log");
		Map<String, String> values = new LinkedHashMap<>();
		values.put("clientId", clientId == null ? "" : clientId);
		values.put("discomfort", discomfort == null ? "" : discomfort);
		values.put("note", note == null ? "" : note);
		UUID failed = Inputs.uuid(prescriptionId);
		try {
			Inputs.LogInput input = Inputs.log(clientId, prescriptionId, date, number(discomfort), note);
			HomePrograms.Logged logged = programs.log(patient, input);
			String back = "today".equals(returnTo) ? "/today?exerciseDone=" + logged.log().id() + "#card-exercises"
					: "/exercises?done=" + logged.log().id() + "#p-" + logged.log().prescriptionId();
			return new ModelAndView("redirect:" + back);
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(
					page(patient, model, locale, failed, FormErrors.keys("homeprogram.done", ex), values, null),
					model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		catch (ConflictException ex) {
			ModelAndView mav = new ModelAndView(
					page(patient, model, locale, null, Map.of(), Map.of(), "homeprogram.done.conflict"), model.asMap());
			mav.setStatus(HttpStatus.CONFLICT);
			return mav;
		}
	}

	/** Takes back an entry the patient made by mistake: voided, never deleted. */
	@PostMapping("/exercises/log/{logId}/undo")
	String undo(@PathVariable String logId, @RequestParam(required = false) @Nullable String returnTo, Actor actor) {
		PatientId patient = actor.ownRecord();
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program/log");
		UUID id = Inputs.uuid(logId);
		if (id == null) {
			throw new NotFoundException("No entry with this id to undo.");
		}
		programs.undo(patient, id);
		return "today".equals(returnTo) ? "redirect:/today?exerciseUndone#card-exercises"
				: "redirect:/exercises?undone";
	}

	/** The patient turns graded insertion exercises on or off. */
	@PostMapping("/exercises/insertion-agreement")
	ModelAndView agreement(@RequestParam(required = false) @Nullable String agreed, Actor actor, Model model,
			Locale locale) {
		PatientId patient = actor.ownRecord();
		policy.write(actor, patient, DataCategory.HOME_PROGRAM, "home-program/insertion-agreement");
		if (!"yes".equals(agreed) && !"no".equals(agreed)) {
			ModelAndView mav = new ModelAndView(
					page(patient, model, locale, null, Map.of(), Map.of(), "homeprogram.agreement.error"),
					model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		programs.setInsertionAgreement(actor, patient, "yes".equals(agreed));
		return new ModelAndView(
				"redirect:/exercises?agreement=" + ("yes".equals(agreed) ? "on" : "off") + "#insertion");
	}

	private String page(PatientId patient, Model model, Locale locale, @Nullable UUID failed,
			Map<String, String> errors, Map<String, String> values, @Nullable String problem) {
		ProgramViews.Program program = views.program(patient, locale);
		model.addAttribute("program", program);
		model.addAttribute("items", program.active());
		model.addAttribute("paused", program.paused());
		model.addAttribute("weeks", program.weeksNewestFirst().stream().limit(4).toList());
		model.addAttribute("clientIds", clientIds(program.items(), failed, values.get("clientId")));
		model.addAttribute("today", program.today().toString());
		model.addAttribute("failed", failed == null ? "" : failed.toString());
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		model.addAttribute("problem", problem);
		model.addAttribute("none", Map.of());
		if (!model.containsAttribute("doneLog")) {
			model.addAttribute("doneLog", "");
		}
		return "homeprogram/exercises";
	}

	/**
	 * A fresh client id for each form; the failed form keeps the one it was sent with.
	 */
	static Map<UUID, String> clientIds(List<ProgramViews.Item> items, @Nullable UUID failed,
			@Nullable String failedClientId) {
		Map<UUID, String> ids = new LinkedHashMap<>();
		for (ProgramViews.Item item : items) {
			boolean keep = item.id().equals(failed) && failedClientId != null && !failedClientId.isBlank();
			ids.put(item.id(), keep ? failedClientId : UUID.randomUUID().toString());
		}
		return ids;
	}

	static @Nullable Integer number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
