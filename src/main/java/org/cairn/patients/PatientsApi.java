package org.cairn.patients;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Account;
import org.cairn.identity.Actor;
import org.cairn.identity.Credentials;
import org.cairn.identity.Role;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PatientsApi {

	private final Patients patients;

	private final AccessPolicy policy;

	private final java.time.Clock clock;

	PatientsApi(Patients patients, AccessPolicy policy, java.time.Clock clock) {
		this.patients = patients;
		this.policy = policy;
		this.clock = clock;
	}

	record InviteRequest(@Nullable String name, @Nullable String email, @Nullable String language) {
	}

	@PostMapping("/api/v1/patients")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> invite(@RequestBody InviteRequest body, Actor actor) {
		actor.requireRole(Role.CLINICIAN);
		Patients.Invited invited = patients.invite(actor, NewPatient.of(body.name(), body.email(), body.language()));
		policy.recordCreation(actor, invited.patient().id(), "record/core");
		return Map.of("patientId", invited.patient().id().toString(), "invitationToken", invited.invitationToken());
	}

	record Activation(@Nullable String username, @Nullable String password) {

		@Override
		public String toString() {
			return "Activation[username=" + username + "]";
		}

	}

	@PostMapping("/api/v1/invitations/{token}")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> activate(@PathVariable String token, @RequestBody Activation body) {
		patients.invitation(token);
		Account account = patients.activate(token, Credentials.of(body.username(), body.password()), Optional.empty());
		policy.recordAnonymousWrite(account.patientId(), "invitation/accepted");
		return Map.of("patientId", String.valueOf(account.patientId()), "username", account.username());
	}

	@GetMapping("/api/v1/patients/{patientId}/profile")
	Map<String, Object> profile(@PathVariable String patientId, Actor actor) {
		PatientId id = PatientId.parse(patientId);
		policy.read(actor, id, DataCategory.CORE, "profile");
		return json(patients.find(id).orElseThrow(() -> new NotFoundException("No record with this id.")));
	}

	record ProfileRequest(@Nullable String preferredName, @Nullable String pronouns, @Nullable String dateOfBirth,
			@Nullable String timeZone, @Nullable String language) {
	}

	@PutMapping("/api/v1/patients/{patientId}/profile")
	Map<String, Object> updateProfile(@PathVariable String patientId, @RequestBody ProfileRequest body, Actor actor) {
		PatientId id = PatientId.parse(patientId);
		policy.requireOwner(actor, id, Action.WRITE, "profile");
		Profile profile = Profile.of(body.preferredName(), body.pronouns(), body.dateOfBirth(), body.timeZone(),
				body.language(), LocalDate.now(clock));
		patients.updateProfile(id, profile);
		return json(patients.find(id).orElseThrow());
	}

	static Map<String, Object> json(Patient patient) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("patientId", patient.id().toString());
		json.put("name", patient.legalName());
		json.put("preferredName", patient.preferredName());
		json.put("pronouns", patient.pronouns());
		json.put("email", patient.email());
		json.put("dateOfBirth", patient.dateOfBirth() == null ? null : patient.dateOfBirth().toString());
		json.put("timeZone", patient.timeZone().getId());
		json.put("language", patient.language().toLanguageTag());
		json.put("activated", patient.activated());
		return json;
	}

}
