package org.cairn.consent;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cairn.consent.CareTeamRoster.RosterEntry;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
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
 * The patient's own examination pages, linked from Privacy: the preferences every
 * clinician sees before an examination, and consent for today's visit, given or withdrawn
 * from the phone.
 */
@Controller
class ExamPages {

	private final AccessPolicy policy;

	private final ExamPreferenceRecords preferences;

	private final ExamConsents consents;

	private final CareTeamRoster roster;

	private final ObjectProvider<PatientZones> zones;

	ExamPages(AccessPolicy policy, ExamPreferenceRecords preferences, ExamConsents consents, CareTeamRoster roster,
			ObjectProvider<PatientZones> zones) {
		this.policy = policy;
		this.preferences = preferences;
		this.consents = consents;
		this.roster = roster;
		this.zones = zones;
	}

	private DateTimeFormatter formatter(PatientId patient, String pattern) {
		PatientZones known = zones.getIfAvailable();
		ZoneId zone = known == null ? ZoneOffset.UTC : known.zoneOf(patient);
		return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(zone);
	}

	/** The form as the patient filled it in. */
	record PreferencesForm(@Nullable List<String> acceptable, @Nullable String supportPerson,
			@Nullable String chaperone, @Nullable String position, @Nullable String clothing,
			@Nullable String stopSignal, @Nullable String observersAllowed, @Nullable String copingPlan) {

		static PreferencesForm of(ExamPreferences p) {
			return new PreferencesForm(p.acceptable().stream().map(ExamProcedure::code).toList(), p.supportPerson(),
					p.chaperone() ? "on" : null, p.position(), p.clothing(), p.stopSignal(),
					p.observersAllowed() ? "yes" : "no", p.copingPlan());
		}

		public boolean accepts(String code) {
			return acceptable != null && acceptable.contains(code);
		}

	}

	@GetMapping("/privacy/exam-preferences")
	String preferences(Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.READ, "exam-preferences");
		return preferencesPage(model, patient, PreferencesForm.of(preferences.current(patient)), Map.of());
	}

	@PostMapping("/privacy/exam-preferences")
	ModelAndView savePreferences(@ModelAttribute PreferencesForm form, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.WRITE, "exam-preferences");
		try {
			Map<String, String> unknown = new LinkedHashMap<>();
			Set<ExamProcedure> acceptable = Set.of();
			try {
				acceptable = ExamConsentApi.procedures(form.acceptable() == null ? List.of() : form.acceptable());
			}
			catch (InvalidInputException ex) {
				unknown.putAll(ex.fieldErrors());
			}
			ExamPreferences.Draft draft = new ExamPreferences.Draft(acceptable, form.supportPerson(),
					form.chaperone() != null, form.position(), form.clothing(), form.stopSignal(),
					"yes".equals(form.observersAllowed()), form.copingPlan());
			if (!unknown.isEmpty()) {
				// Name every problem at once, not only the unknown examination.
				try {
					draft.validated(1, java.time.Instant.EPOCH);
				}
				catch (InvalidInputException ex) {
					unknown.putAll(ex.fieldErrors());
				}
				throw new InvalidInputException("Some examination preferences need attention.", unknown);
			}
			preferences.save(actor, patient, draft);
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(
					preferencesPage(model, patient, form, FormErrors.keys("examPreferences", ex)), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		return new ModelAndView("redirect:/privacy/exam-preferences?saved");
	}

	private String preferencesPage(Model model, PatientId patient, PreferencesForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("history", preferences.history(patient));
		model.addAttribute("when", formatter(patient, "d MMM yyyy, HH:mm"));
		return "consent/exam-preferences";
	}

	/** One open visit on the consent page. */
	record VisitView(VisitConsent visit, String clinicianName, List<ProcedureView> procedures) {
	}

	/**
	 * One internal examination: whether consent is in effect, and whether the patient's
	 * preferences allow it at all.
	 */
	record ProcedureView(String code, boolean given, boolean acceptable) {
	}

	@GetMapping("/privacy/exam-consent")
	String consent(Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.READ, "exam-consent");
		return consentPage(model, patient, null, null);
	}

	@PostMapping("/privacy/exam-consent/{encounterId}")
	ModelAndView decide(@PathVariable String encounterId, @RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable String decision, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		EncounterId encounter = EncounterId.parse(encounterId);
		consents.authorizeWrite(actor, patient, encounter);
		boolean give;
		try {
			give = ExamConsentApi.decision(decision);
			consents.decide(actor, patient, encounter, ExamConsentApi.procedure(procedure), give, null);
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(consentPage(model, patient, encounter, "examConsent.error.notSaved"),
					model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		return new ModelAndView("redirect:/privacy/exam-consent?" + (give ? "given" : "withdrawn"));
	}

	private String consentPage(Model model, PatientId patient, @Nullable EncounterId failed, @Nullable String error) {
		ExamPreferences current = preferences.current(patient);
		Map<Object, String> names = new LinkedHashMap<>();
		for (RosterEntry member : roster.activeMembers(patient)) {
			names.put(member.clinicianId(), member.displayName());
		}
		List<VisitView> visits = new ArrayList<>();
		for (VisitConsent visit : consents.openVisits(patient)) {
			List<ProcedureView> procedures = new ArrayList<>();
			for (ExamProcedure procedure : List.of(ExamProcedure.INTERNAL_SINGLE_DIGIT, ExamProcedure.SPECULUM)) {
				procedures
					.add(new ProcedureView(procedure.code(), visit.inEffect(procedure), current.accepts(procedure)));
			}
			visits.add(new VisitView(visit, names.getOrDefault(visit.clinician(), ""), procedures));
		}
		model.addAttribute("visits", visits);
		model.addAttribute("preferences", current);
		model.addAttribute("failed", failed == null ? "" : failed.toString());
		model.addAttribute("error", error);
		model.addAttribute("when", formatter(patient, "HH:mm"));
		return "consent/exam-consent";
	}

}
