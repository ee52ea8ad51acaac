package org.cairn.consent;

import java.time.Instant;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * Someone read or changed part of a patient's record, or was refused. Published for every
 * decision of the access policy; the audit trail records it.
 *
 * @param what the part of the record, such as "team" or "sharing"
 */
public record RecordAccessed(Instant occurredAt, @Nullable AccountId actor, @Nullable String actorRole,
		PatientId patient, Action action, String what, boolean allowed) {

	public enum Action {

		READ, WRITE

	}

}
