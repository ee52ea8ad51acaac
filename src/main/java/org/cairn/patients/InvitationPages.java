package org.cairn.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cairn.consent.AccessPolicy;
import org.cairn.identity.Account;
import org.cairn.identity.Credentials;
import org.cairn.platform.ConflictException;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where a patient arrives with the link their clinician gave them, and makes their
 * account. Open to anyone holding the link; an unknown link answers 404 and a spent one
 * 410, before any form.
 */
@Controller
class InvitationPages {

	private final Patients patients;

	private final AccessPolicy policy;

	private final Clock clock;

	InvitationPages(Patients patients, AccessPolicy policy, Clock clock) {
		this.patients = patients;
		this.policy = policy;
		this.clock = clock;
	}

	record InvitationForm(@Nullable String username, @Nullable String password, @Nullable String passwordAgain,
			@Nullable String preferredName, @Nullable String pronouns, @Nullable String dateOfBirth,
			@Nullable String timeZone, @Nullable String language) {

		static InvitationForm blank(Patient patient) {
			return new InvitationForm("", "", "", "", "", "", ProfileChoices.DEFAULT_ZONE,
					patient.language().getLanguage());
		}

		/**
		 * Passwords are never sent back to the browser, even to the person who typed
		 * them.
		 */
		InvitationForm withoutPasswords() {
			return new InvitationForm(username, "", "", preferredName, pronouns, dateOfBirth, timeZone, language);
		}

		@Override
		public String toString() {
			return "InvitationForm[username=" + username + "]";
		}

	}

	@GetMapping("/invitations/{token}")
	String welcome(@PathVariable String token, Model model) {
		Patient patient = patients.invitation(token);
		return form(model, token, InvitationForm.blank(patient), Map.of());
	}

	@PostMapping("/invitations/{token}")
	ModelAndView accept(@PathVariable String token, @ModelAttribute("form") InvitationForm form, Model model) {
		patients.invitation(token);
		Map<String, String> errors = new LinkedHashMap<>();
		Credentials credentials = null;
		Profile profile = null;
		try {
			credentials = Credentials.of(form.username(), form.password());
		}
		catch (InvalidInputException ex) {
			errors.putAll(FormErrors.keys("invitation", ex));
		}
		if (!errors.containsKey("password") && !java.util.Objects.equals(form.password(), form.passwordAgain())) {
			errors.put("passwordAgain", "invitation.passwordAgain.error");
		}
		try {
			profile = Profile.of(form.preferredName(), form.pronouns(), form.dateOfBirth(), form.timeZone(),
					form.language(), LocalDate.now(clock));
		}
		catch (InvalidInputException ex) {
			errors.putAll(FormErrors.keys("profile", ex));
		}
		if (credentials == null || profile == null || !errors.isEmpty()) {
			return CaseloadPages.withStatus(form(model, token, form.withoutPasswords(), errors), model,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		Account account;
		try {
			account = patients.activate(token, credentials, Optional.of(profile));
		}
		catch (ConflictException ex) {
			return CaseloadPages.withStatus(
					form(model, token, form.withoutPasswords(), Map.of("username", "invitation.username.taken")), model,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (account.patientId() != null) {
			policy.recordAnonymousWrite(account.patientId(), "invitation/accepted");
		}
		return new ModelAndView("redirect:/login?activated");
	}

	private String form(Model model, String token, InvitationForm form, Map<String, String> errors) {
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", ProfileChoices.zones(form.timeZone() == null ? "" : form.timeZone()));
		model.addAttribute("languages", ProfileChoices.languages(form.language() == null ? "" : form.language()));
		return "patients/invitation";
	}

}
