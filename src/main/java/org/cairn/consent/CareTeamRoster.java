package org.cairn.consent;

import java.util.List;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;

/**
 * What the access policy and the sharing pages need to know about care teams. The team
 * module implements it, so that consent stays at the bottom of the dependency graph.
 */
public interface CareTeamRoster {

	boolean isActiveMember(PatientId patient, AccountId clinician);

	/** Every patient whose team the clinician is an active member of, in one query. */
	java.util.Set<PatientId> activePatientsOf(AccountId clinician);

	/** Active members, in the order they joined. */
	List<RosterEntry> activeMembers(PatientId patient);

	record RosterEntry(AccountId clinicianId, String displayName, String discipline, String practice) {
	}

}
