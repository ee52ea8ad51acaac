package org.cairn.assessment;

import java.time.Instant;
import java.util.UUID;

import org.cairn.consent.EncounterId;
import org.cairn.platform.AccountId;
import org.jspecify.annotations.Nullable;

/** One charted entry as stored, with who charted it and whether it was voided. */
record ChartedFinding(UUID id, EncounterId encounter, ExamEntry entry, AccountId recordedBy, Instant recordedAt,
		@Nullable Voided voided) {

	boolean isVoided() {
		return voided != null;
	}

}
