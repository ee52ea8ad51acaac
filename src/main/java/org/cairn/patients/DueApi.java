package org.cairn.patients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.Due;
import org.cairn.questionnaires.Schedules;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a patient is due to answer. Read under {@link DataCategory#CORE}: the list holds
 * instrument codes and dates only, never answers or scores, so every active team member
 * may see that a measure is due. One exception: a PHQ-9 or GAD-7 repeat is due only
 * because the last total was 10 or more, so it is listed only to those the patient shares
 * mental health with (hazard H30).
 */
@RestController
class DueApi {

	private final Patients patients;

	private final Schedules schedules;

	private final AccessPolicy policy;

	DueApi(Patients patients, Schedules schedules, AccessPolicy policy) {
		this.patients = patients;
		this.schedules = schedules;
		this.policy = policy;
	}

	@GetMapping("/api/v1/patients/{patientId}/due")
	List<Map<String, Object>> due(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "due");
		boolean mentalHealth = policy.permits(actor, patient, DataCategory.MENTAL_HEALTH);
		return patients.enrolments(List.of(patient))
			.stream()
			.flatMap(e -> schedules.due(e).stream())
			.filter(d -> mentalHealth || !d.revealsARaisedScore())
			.map(DueApi::json)
			.toList();
	}

	static Map<String, Object> json(Due due) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("instrument", due.instrument());
		json.put("dueSince", due.dueSince().toString());
		json.put("overdue", due.overdue());
		json.put("why", due.why());
		return json;
	}

}
