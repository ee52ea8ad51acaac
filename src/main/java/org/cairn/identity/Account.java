package org.cairn.identity;

import java.time.Instant;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.jspecify.annotations.Nullable;

/** An account as other modules see it: never with its password hash. */
public record Account(AccountId id, String username, Role role, String displayName, @Nullable PracticeId practiceId,
		@Nullable PatientId patientId, boolean enabled, Instant createdAt) {

	public Actor toActor() {
		return new Actor(id, role, displayName, patientId, practiceId);
	}

}
