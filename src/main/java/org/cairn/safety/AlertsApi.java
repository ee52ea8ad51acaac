package org.cairn.safety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts are read under {@link DataCategory#CORE}: every active team member sees that a
 * safety answer needs follow-up, whatever the patient shares with them (CLINICAL.md
 * section 4), and the list holds no answer detail. Only clinicians on the team act on
 * them.
 */
@RestController
class AlertsApi {

	private final Alerts alerts;

	private final AccessPolicy policy;

	AlertsApi(Alerts alerts, AccessPolicy policy) {
		this.alerts = alerts;
		this.policy = policy;
	}

	@GetMapping("/api/v1/patients/{patientId}/alerts")
	List<Map<String, Object>> list(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "alerts");
		return alerts.forPatient(patient).stream().map(AlertsApi::json).toList();
	}

	@PostMapping("/api/v1/patients/{patientId}/alerts/{alertId}/acknowledge")
	Map<String, Object> acknowledge(@PathVariable String patientId, @PathVariable String alertId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.CORE, "alerts");
		return json(alerts.acknowledge(patient, id(alertId), actor.id()));
	}

	record Resolution(@NotNull String note) {
	}

	@PostMapping("/api/v1/patients/{patientId}/alerts/{alertId}/resolve")
	Map<String, Object> resolve(@PathVariable String patientId, @PathVariable String alertId,
			@Valid @RequestBody Resolution body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.CORE, "alerts");
		return json(alerts.resolve(patient, id(alertId), actor.id(), body.note()));
	}

	private static UUID id(String text) {
		// Alert ids in URLs are canonical UUIDs, parsed as strictly as patient ids.
		try {
			return PatientId.parse(text).value();
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("No alert with this id.");
		}
	}

	static Map<String, Object> json(Alert alert) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", alert.id().toString());
		json.put("kind", alert.kind());
		json.put("urgent", alert.urgent());
		json.put("raisedAt", alert.raisedAt().toString());
		json.put("status", alert.status().code());
		return json;
	}

}
