package org.cairn.consent;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cairn.identity.Actor;
import org.cairn.platform.AccountId;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's sharing decisions: read them, change them. Only the patient changes them.
 */
@Service
public class SharingGrants {

	private final JdbcGrants grants;

	private final CareTeamRoster roster;

	private final Clock clock;

	SharingGrants(JdbcGrants grants, CareTeamRoster roster, Clock clock) {
		this.grants = grants;
		this.roster = roster;
		this.clock = clock;
	}

	public Sharing with(PatientId patient, AccountId clinician) {
		return Sharing.from(grants.decisions(patient, clinician));
	}

	/** Sharing for each of the given team members, read in one query. */
	public Map<AccountId, Sharing> forMembers(PatientId patient, Collection<AccountId> members) {
		Map<AccountId, Map<DataCategory, Boolean>> decisions = grants.decisions(patient);
		Map<AccountId, Sharing> result = new LinkedHashMap<>();
		for (AccountId member : members) {
			result.put(member, Sharing.from(decisions.getOrDefault(member, Map.of())));
		}
		return result;
	}

	/**
	 * Records the patient's decisions for one team member, all or nothing. The caller has
	 * checked that {@code patientActor} owns the record.
	 */
	@Transactional
	public void decide(Actor patientActor, PatientId patient, AccountId clinician, Map<DataCategory, Boolean> changes) {
		if (!roster.isActiveMember(patient, clinician)) {
			throw InvalidInputException.field("clinicianId", "This person is not on your care team.");
		}
		for (DataCategory category : changes.keySet()) {
			if (category.alwaysShared() && !changes.get(category)) {
				throw InvalidInputException.field(category.code(),
						"Your name, contact details and care team are always visible to your active team members.");
			}
		}
		var now = clock.instant();
		changes
			.forEach((category, shared) -> grants.decide(patient, clinician, category, shared, patientActor.id(), now));
	}

}
