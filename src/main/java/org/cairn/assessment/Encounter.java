package org.cairn.assessment;

import java.time.Instant;
import java.time.LocalDate;

import org.cairn.consent.EncounterId;
import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A visit charted by one clinician, on the patient's own calendar day. Voided with a
 * reason, never deleted.
 */
record Encounter(EncounterId id, PatientId patient, AccountId clinician, String clinicianName, VisitType type,
		Instant openedAt, LocalDate visitDate, @Nullable Voided voided) {

	enum VisitType {

		INITIAL("initial"), FOLLOW_UP("follow-up");

		private final String code;

		VisitType(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		static java.util.Optional<VisitType> fromCode(@Nullable String code) {
			return java.util.Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
		}

	}

	boolean isVoided() {
		return voided != null;
	}

}
