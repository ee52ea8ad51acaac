package org.cairn.consent;

import java.time.Instant;

import org.cairn.platform.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a visit's consent and examination record, in order: consent given or
 * withdrawn for an internal examination, or the examination paused, resumed or stopped. A
 * pause or a stop is recorded as such, never as a failure.
 *
 * @param procedure for {@code GIVEN} and {@code WITHDRAWN}; null for the course of the
 * examination
 * @param byPatient true when the patient recorded it in the app; false when the clinician
 * recorded what the patient said
 */
public record ExamEvent(Kind kind, @Nullable ExamProcedure procedure, AccountId actor, String actorName,
		boolean byPatient, @Nullable String note, Instant at) {

	public enum Kind {

		GIVEN("given"), WITHDRAWN("withdrawn"), PAUSED("paused"), RESUMED("resumed"), STOPPED("stopped");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		static Kind fromCode(String code) {
			for (Kind kind : values()) {
				if (kind.code.equals(code)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("unknown exam event kind");
		}

	}

}
