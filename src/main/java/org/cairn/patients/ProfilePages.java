package org.cairn.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's own details: the name they use, pronouns, date of birth, time zone,
 * language.
 */
@Controller
class ProfilePages {

	private final Patients patients;

	private final AccessPolicy policy;

	private final Clock clock;

	ProfilePages(Patients patients, AccessPolicy policy, Clock clock) {
		this.patients = patients;
		this.policy = policy;
		this.clock = clock;
	}

	record ProfileForm(@Nullable String preferredName, @Nullable String pronouns, @Nullable String dateOfBirth,
			@Nullable String timeZone, @Nullable String language) {

		static ProfileForm of(Patient patient) {
			return new ProfileForm(orBlank(patient.preferredName()), orBlank(patient.pronouns()),
					patient.dateOfBirth() == null ? "" : patient.dateOfBirth().toString(), patient.timeZone().getId(),
					patient.language().getLanguage());
		}

		private static String orBlank(@Nullable String value) {
			return value == null ? "" : value;
		}

	}

	@GetMapping("/profile")
	String profile(Actor actor, Model model) {
		PatientId id = actor.ownRecord();
		policy.read(actor, id, DataCategory.CORE, "profile");
		Patient patient = patients.find(id).orElseThrow(() -> new NotFoundException("No record with this id."));
		return form(model, patient, ProfileForm.of(patient), Map.of());
	}

	@PostMapping("/profile")
	ModelAndView save(@ModelAttribute("form") ProfileForm form, Actor actor, Model model) {
		PatientId id = actor.ownRecord();
		policy.requireOwner(actor, id, Action.WRITE, "profile");
		try {
			patients.updateProfile(id, Profile.of(form.preferredName(), form.pronouns(), form.dateOfBirth(),
					form.timeZone(), form.language(), LocalDate.now(clock)));
		}
		catch (InvalidInputException ex) {
			Patient patient = patients.find(id).orElseThrow(() -> new NotFoundException("No record with this id."));
			return CaseloadPages.withStatus(form(model, patient, form, FormErrors.keys("profile", ex)), model,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return new ModelAndView("redirect:/profile?saved");
	}

	private String form(Model model, Patient patient, ProfileForm form, Map<String, String> errors) {
		model.addAttribute("patient", patient);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", ProfileChoices.zones(form.timeZone() == null ? "" : form.timeZone()));
		model.addAttribute("languages", ProfileChoices.languages(form.language() == null ? "" : form.language()));
		return "patients/profile";
	}

}
