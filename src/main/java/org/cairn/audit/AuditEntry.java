package org.cairn.audit;

import java.time.Instant;
import java.util.UUID;

import org.cairn.platform.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * One row of the trail. Its hash covers every field and the previous row's hash, so
 * changing any field, or removing or reordering rows, is detected by recomputing the
 * chain.
 */
record AuditEntry(UUID id, String chainKey, long seq, Instant occurredAt, @Nullable UUID actorId,
		@Nullable String actorRole, @Nullable UUID patientId, String action, String what, String outcome,
		String prevHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	static String hashOf(UUID id, String chainKey, long seq, Instant occurredAt, @Nullable UUID actorId,
			@Nullable String actorRole, @Nullable UUID patientId, String action, String what, String outcome,
			String prevHash) {
		// Unit separators keep "ab"+"c" and "a"+"bc" apart.
		String canonical = String.join("\u001f", id.toString(), chainKey, Long.toString(seq), occurredAt.toString(),
				String.valueOf(actorId), String.valueOf(actorRole), String.valueOf(patientId), action, what, outcome,
				prevHash);
		return Sha256.hex(canonical);
	}

	String recomputedHash() {
		return hashOf(id, chainKey, seq, occurredAt, actorId, actorRole, patientId, action, what, outcome, prevHash);
	}

}
