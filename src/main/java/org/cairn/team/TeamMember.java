package org.cairn.team;

import java.time.Instant;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/** One clinician on one patient's team, with the names a page needs. */
public record TeamMember(PatientId patient, AccountId clinicianId, String displayName, Discipline discipline,
		String practice, TeamStatus status, @Nullable AccountId invitedBy, Instant since) {
}
