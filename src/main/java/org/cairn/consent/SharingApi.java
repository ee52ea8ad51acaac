package org.cairn.consent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.CareTeamRoster.RosterEntry;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.platform.AccountId;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient's sharing grants: {@code GET} answers every active team member with every
 * category; {@code PUT} changes some categories for one member.
 */
@RestController
class SharingApi {

	private final AccessPolicy policy;

	private final SharingGrants grants;

	private final CareTeamRoster roster;

	SharingApi(AccessPolicy policy, SharingGrants grants, CareTeamRoster roster) {
		this.policy = policy;
		this.grants = grants;
		this.roster = roster;
	}

	@GetMapping("/api/v1/patients/{patientId}/sharing")
	Map<String, Object> sharing(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.READ, "sharing");
		return json(patient);
	}

	record Change(@Nullable String clinicianId, @Nullable Map<String, Boolean> grants) {
	}

	@PutMapping("/api/v1/patients/{patientId}/sharing")
	Map<String, Object> change(@PathVariable String patientId, @RequestBody Change body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.WRITE, "sharing");
		AccountId clinician = clinician(body.clinicianId());
		grants.decide(actor, patient, clinician, categories(body.grants()));
		return json(patient);
	}

	private Map<String, Object> json(PatientId patient) {
		List<RosterEntry> members = roster.activeMembers(patient);
		Map<AccountId, Sharing> sharing = grants.forMembers(patient,
				members.stream().map(RosterEntry::clinicianId).toList());
		List<Map<String, Object>> list = new ArrayList<>();
		for (RosterEntry member : members) {
			Sharing s = sharing.get(member.clinicianId());
			Map<String, Object> grantsJson = new LinkedHashMap<>();
			List<String> undecided = new ArrayList<>();
			for (DataCategory category : DataCategory.values()) {
				grantsJson.put(category.code(), s.allows(category));
				if (!s.decided().get(category)) {
					undecided.add(category.code());
				}
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("clinicianId", member.clinicianId().toString());
			entry.put("displayName", member.displayName());
			entry.put("discipline", member.discipline());
			entry.put("practice", member.practice());
			entry.put("grants", grantsJson);
			entry.put("undecided", undecided);
			list.add(entry);
		}
		return Map.of("members", list);
	}

	private static AccountId clinician(@Nullable String id) {
		if (id == null) {
			throw InvalidInputException.field("clinicianId", "Say which team member this is for.");
		}
		try {
			return AccountId.parse(id);
		}
		catch (RuntimeException ex) {
			throw InvalidInputException.field("clinicianId", "This person is not on your care team.");
		}
	}

	private static Map<DataCategory, Boolean> categories(@Nullable Map<String, Boolean> grants) {
		if (grants == null || grants.isEmpty()) {
			throw InvalidInputException.field("grants", "Say which categories to share or stop sharing.");
		}
		Map<DataCategory, Boolean> changes = new EnumMap<>(DataCategory.class);
		for (var entry : grants.entrySet()) {
			DataCategory category = DataCategory.fromCode(entry.getKey())
				.orElseThrow(() -> InvalidInputException.field(entry.getKey(), "Unknown category."));
			if (entry.getValue() == null) {
				throw InvalidInputException.field(entry.getKey(), "Use true or false.");
			}
			changes.put(category, entry.getValue());
		}
		return changes;
	}

}
