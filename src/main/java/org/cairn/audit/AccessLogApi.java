package org.cairn.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccessLogApi {

	private final AccessPolicy policy;

	private final AccessLog log;

	AccessLogApi(AccessPolicy policy, AccessLog log) {
		this.policy = policy;
		this.log = log;
	}

	@GetMapping("/api/v1/patients/{patientId}/access-log")
	List<Map<String, Object>> accessLog(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.READ, "access-log");
		return log.of(patient, actor.id()).stream().map(e -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("at", e.at().toString());
			json.put("who", e.who());
			json.put("role", e.role());
			json.put("practice", e.practice());
			json.put("action", e.action().toLowerCase());
			json.put("what", e.what());
			json.put("outcome", e.allowed() ? "allowed" : "denied");
			return json;
		}).toList();
	}

}
