package org.cairn.assessment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.EncounterId;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.patients.ChartHeader;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The chart's Notes tab: SOAP notes the clinician may read, and a form to write one. The
 * kinds offered are those the clinician may write: exam findings and clinical notes as
 * the patient shares them, process notes for sex therapists and mental health clinicians.
 */
@Controller
class NotePages {

	private final Notes notes;

	private final Encounters encounters;

	private final AccessPolicy policy;

	private final ChartHeader header;

	NotePages(Notes notes, Encounters encounters, AccessPolicy policy, ChartHeader header) {
		this.notes = notes;
		this.encounters = encounters;
		this.policy = policy;
		this.header = header;
	}

	record NoteForm(@Nullable String kind, @Nullable String subjective, @Nullable String objective,
			@Nullable String assessment, @Nullable String plan) {

		static final NoteForm EMPTY = new NoteForm(null, null, null, null, null);

	}

	@GetMapping("/patients/{patientId}/notes")
	String tab(@PathVariable String patientId, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		return page(actor, patient, model, locale, NoteForm.EMPTY, Map.of(), null, Map.of());
	}

	@PostMapping("/patients/{patientId}/notes")
	ModelAndView write(@PathVariable String patientId, @ModelAttribute NoteForm form, Actor actor, Model model,
			Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		NoteKind kind;
		try {
			kind = Notes.kind(form.kind());
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, form, FormErrors.keys("notes.form", ex));
		}
		notes.authorizeWrite(actor, patient, kind);
		try {
			notes.write(actor, patient, kind,
					Note.Soap.of(form.subjective(), form.objective(), form.assessment(), form.plan()));
		}
		catch (InvalidInputException ex) {
			return failed(actor, patient, model, locale, form, FormErrors.keys("notes.form", ex));
		}
		return new ModelAndView("redirect:/patients/" + patient + "/notes?saved");
	}

	@PostMapping("/patients/{patientId}/notes/{noteId}/void")
	ModelAndView voidNote(@PathVariable String patientId, @PathVariable String noteId,
			@RequestParam(required = false) @Nullable String reason, Actor actor, Model model, Locale locale) {
		PatientId patient = PatientId.parse(patientId);
		UUID id = EncounterId.parse(noteId).value();
		notes.authorizeVoid(actor, patient, id);
		try {
			notes.voidNote(actor, patient, id, reason);
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(page(actor, patient, model, locale, NoteForm.EMPTY, Map.of(),
					id.toString(), FormErrors.keys("notes.void", ex)), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		return new ModelAndView("redirect:/patients/" + patient + "/notes?voided");
	}

	private ModelAndView failed(Actor actor, PatientId patient, Model model, Locale locale, NoteForm form,
			Map<String, String> errors) {
		ModelAndView mav = new ModelAndView(page(actor, patient, model, locale, form, errors, null, Map.of()),
				model.asMap());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	private String page(Actor actor, PatientId patient, Model model, Locale locale, NoteForm form,
			Map<String, String> errors, @Nullable String voidFailed, Map<String, String> voidErrors) {
		List<Note> visible = notes.visibleTo(actor, patient);
		List<String> kinds = new ArrayList<>();
		for (NoteKind kind : List.of(NoteKind.EXAM_FINDINGS, NoteKind.CLINICAL_NOTES)) {
			if (policy.permits(actor, patient, kind.category())) {
				kinds.add(kind.code());
			}
		}
		if (notes.writesProcessNotes(actor, patient)) {
			kinds.add(NoteKind.PROCESS.code());
		}
		Map<String, String> errorKeys = new LinkedHashMap<>(errors);
		model.addAttribute("header", header.view(actor, patient));
		model.addAttribute("notes", visible);
		model.addAttribute("kinds", kinds);
		model.addAttribute("form", form);
		model.addAttribute("errors", errorKeys);
		model.addAttribute("voidFailed", voidFailed == null ? "" : voidFailed);
		model.addAttribute("voidErrors", voidErrors);
		model.addAttribute("me", actor.id());
		model.addAttribute("when",
				DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(encounters.zone(patient)));
		return "assessment/notes";
	}

}
