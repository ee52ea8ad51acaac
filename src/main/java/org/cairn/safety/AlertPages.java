package org.cairn.safety;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
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
 * The clinician's page for a patient's safety alerts: acknowledge, then resolve with a
 * note. Same service and access policy as {@link AlertsApi}; the page shows what the API
 * shows (that a safety answer needs follow-up), never the answer.
 */
@Controller
class AlertPages {

	private final Alerts alerts;

	private final AccessPolicy policy;

	AlertPages(Alerts alerts, AccessPolicy policy) {
		this.alerts = alerts;
		this.policy = policy;
	}

	@GetMapping("/patients/{patientId}/alerts")
	String list(@PathVariable String patientId, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "alerts");
		return page(model, patient, null, "", Map.of());
	}

	@PostMapping("/patients/{patientId}/alerts/{alertId}/acknowledge")
	String acknowledge(@PathVariable String patientId, @PathVariable String alertId, Actor actor) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.write(actor, patient, DataCategory.CORE, "alerts");
		alerts.acknowledge(patient, id(alertId), actor.id());
		return "redirect:/patients/" + patient + "/alerts?acknowledged";
	}

	@PostMapping("/patients/{patientId}/alerts/{alertId}/resolve")
	ModelAndView resolve(@PathVariable String patientId, @PathVariable String alertId,
			@RequestParam(required = false) @Nullable String note, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.write(actor, patient, DataCategory.CORE, "alerts");
		UUID id = id(alertId);
		try {
			alerts.resolve(patient, id, actor.id(), note == null ? "" : note);
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(
					page(model, patient, id, note == null ? "" : note, FormErrors.keys("alerts", ex)), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		return new ModelAndView("redirect:/patients/" + patient + "/alerts?resolved");
	}

	private String page(Model model, PatientId patient, @Nullable UUID failed, String note,
			Map<String, String> errors) {
		List<Alert> list = alerts.forPatient(patient);
		model.addAttribute("patientId", patient.toString());
		model.addAttribute("alerts", list);
		model.addAttribute("failed", failed == null ? "" : failed.toString());
		model.addAttribute("note", note);
		model.addAttribute("errors", errors);
		model.addAttribute("maxNote", Alerts.MAX_NOTE);
		return "safety/alerts";
	}

	private static UUID id(String text) {
		try {
			return PatientId.parse(text).value();
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("No alert with this id.");
		}
	}

}
