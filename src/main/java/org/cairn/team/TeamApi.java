package org.cairn.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.AccountId;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TeamApi {

	private final CareTeam team;

	private final AccessPolicy policy;

	TeamApi(CareTeam team, AccessPolicy policy) {
		this.team = team;
		this.policy = policy;
	}

	@GetMapping("/api/v1/patients/{patientId}/team")
	List<Map<String, Object>> team(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "team");
		return team.members(patient).stream().map(TeamApi::json).toList();
	}

	record Invite(@NotNull String clinicianId) {
	}

	/** A team member suggests a colleague; the patient accepts or declines. */
	@PostMapping("/api/v1/patients/{patientId}/team")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> invite(@PathVariable String patientId, @Valid @RequestBody Invite body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.CORE, "team");
		AccountId colleague = clinicianId(body.clinicianId());
		team.invite(patient, colleague, actor.id());
		return json(member(patient, colleague));
	}

	@PostMapping("/api/v1/patients/{patientId}/team/{clinicianId}/accept")
	Map<String, Object> accept(@PathVariable String patientId, @PathVariable String clinicianId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.WRITE, "team");
		AccountId clinician = AccountId.parse(clinicianId);
		team.accept(patient, clinician);
		return json(member(patient, clinician));
	}

	@PostMapping("/api/v1/patients/{patientId}/team/{clinicianId}/decline")
	Map<String, Object> decline(@PathVariable String patientId, @PathVariable String clinicianId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.WRITE, "team");
		AccountId clinician = AccountId.parse(clinicianId);
		team.decline(patient, clinician);
		return json(member(patient, clinician));
	}

	@PostMapping("/api/v1/patients/{patientId}/team/{clinicianId}/end")
	Map<String, Object> end(@PathVariable String patientId, @PathVariable String clinicianId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.WRITE, "team");
		AccountId clinician = AccountId.parse(clinicianId);
		team.end(patient, clinician);
		return json(member(patient, clinician));
	}

	/**
	 * The directory, for finding a colleague to suggest or refer to, with optional
	 * filters: {@code discipline}, {@code accepting}, {@code telehealth},
	 * {@code externalOnly}, {@code training} ({@code true} or {@code false}),
	 * {@code language} (a code) and {@code q} (words in the name or practice). Lists no
	 * patient data.
	 */
	@GetMapping("/api/v1/clinicians")
	List<Map<String, Object>> directory(@RequestParam(required = false) String discipline,
			@RequestParam(required = false) String accepting, @RequestParam(required = false) String telehealth,
			@RequestParam(required = false) String externalOnly, @RequestParam(required = false) String training,
			@RequestParam(required = false) String language, @RequestParam(required = false) String q, Actor actor) {
		DirectoryFilter filter = DirectoryFilter.parse(discipline, accepting, telehealth, externalOnly, training,
				language, q);
		return team.directory().stream().filter(filter::matches).map(TeamApi::json).toList();
	}

	private TeamMember member(PatientId patient, AccountId clinician) {
		return team.members(patient).stream().filter(m -> m.clinicianId().equals(clinician)).findFirst().orElseThrow();
	}

	private static AccountId clinicianId(String text) {
		try {
			return AccountId.parse(text);
		}
		catch (RuntimeException ex) {
			throw InvalidInputException.field("clinicianId", "No clinician with this id.");
		}
	}

	static Map<String, Object> json(TeamMember member) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("clinicianId", member.clinicianId().toString());
		json.put("displayName", member.displayName());
		json.put("discipline", member.discipline().code());
		json.put("practice", member.practice());
		json.put("status", member.status().name().toLowerCase());
		return json;
	}

	static Map<String, Object> json(DirectoryEntry entry) {
		Map<String, Object> json = new LinkedHashMap<>();
		ClinicianProfile p = entry.profile();
		json.put("clinicianId", p.id().toString());
		json.put("displayName", entry.displayName());
		json.put("discipline", p.discipline().code());
		json.put("practice", entry.practice());
		json.put("sexualHealthTraining", p.sexualHealthTraining());
		json.put("externalOnlyCare", p.externalOnlyCare());
		json.put("telehealth", p.telehealth());
		json.put("acceptingNewPatients", p.acceptingNewPatients());
		json.put("languages", p.languages());
		return json;
	}

}
