package org.cairn.audit;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

	private static final UUID ID = UUID.fromString("0f8e2c1a-3b5d-4e6f-8a9b-0c1d2e3f4a5b");

	private static final Instant AT = Instant.parse("2026-11-22T09:15:30.123456Z");

	@Test
	void theHashCoversEveryFieldAndThePreviousHash() {
		String hash = hash("team/core", "ALLOWED", AuditEntry.GENESIS);
		assertThat(hash).hasSize(64).isEqualTo(hash("team/core", "ALLOWED", AuditEntry.GENESIS));
		assertThat(hash("team/kore", "ALLOWED", AuditEntry.GENESIS)).isNotEqualTo(hash);
		assertThat(hash("team/core", "DENIED", AuditEntry.GENESIS)).isNotEqualTo(hash);
		assertThat(hash("team/core", "ALLOWED", "1".repeat(64))).isNotEqualTo(hash);
	}

	@Test
	void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
		assertThat(AuditEntry.hashOf(ID, "c", 1, AT, null, "AB", null, "READ", "x", "ALLOWED", AuditEntry.GENESIS))
			.isNotEqualTo(
					AuditEntry.hashOf(ID, "c", 1, AT, null, "A", null, "BREAD", "x", "ALLOWED", AuditEntry.GENESIS));
	}

	private static String hash(String what, String outcome, String previous) {
		return AuditEntry.hashOf(ID, "chain", 7, AT, ID, "CLINICIAN", ID, "READ", what, outcome, previous);
	}

}
