package org.cairn.homeprogram;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * "Done, and how it felt": one entry of the patient's exercise log.
 *
 * @param clientId chosen by the client, so that a replay of the same request is stored
 * once
 * @param date the patient's calendar date the exercise was done
 * @param discomfort 0 (none) to 10 (the most imaginable)
 */
record ExerciseLog(UUID id, String clientId, UUID prescriptionId, UUID series, LocalDate date, int discomfort,
		@Nullable String note, Instant recordedAt, boolean voided) {

	/** Whether a replay carries the same entry as the one stored. */
	boolean sameAs(UUID prescriptionId, LocalDate date, int discomfort, @Nullable String note) {
		return this.prescriptionId.equals(prescriptionId) && this.date.equals(date) && this.discomfort == discomfort
				&& Objects.equals(this.note, note);
	}

}
