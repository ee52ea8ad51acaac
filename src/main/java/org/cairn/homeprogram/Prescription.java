package org.cairn.homeprogram;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a prescribed exercise. A change ends this version and starts another in
 * the same series; a stop ends the series. Dates are the patient's calendar dates: in
 * force from {@code startsOn} up to, not including, {@code endsOn}.
 *
 * @param series the first version's id, shared by every later version
 * @param endKind {@code changed} or {@code stopped}; null while current
 */
record Prescription(UUID id, UUID series, PatientId patient, UUID exerciseId, boolean gradedInsertion,
		@Nullable UUID interventionId, String dose, Schedule schedule, LocalDate startsOn, @Nullable LocalDate endsOn,
		AccountId prescribedBy, String prescriberName, Instant prescribedAt, @Nullable Instant endedAt,
		@Nullable String endedByName, @Nullable String endKind, @Nullable String endReason) {

	static final int MAX_DOSE = 200;

	static final int MAX_REASON = 500;

	boolean current() {
		return endsOn == null;
	}

	boolean inForceOn(LocalDate date) {
		return !date.isBefore(startsOn) && (endsOn == null || date.isBefore(endsOn));
	}

	AdherenceRule.Plan plan() {
		return new AdherenceRule.Plan(series, schedule, startsOn, endsOn, gradedInsertion);
	}

}
