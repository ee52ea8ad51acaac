package org.cairn.assessment;

import java.time.Instant;

import org.cairn.platform.AccountId;

/** Who set a record aside, when and why; the record itself stays readable. */
record Voided(AccountId by, String byName, Instant at, String reason) {

	static final int MAX_REASON = 500;

	/** A reason is required, so the team can follow why a record no longer counts. */
	static String reason(@org.jspecify.annotations.Nullable String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw org.cairn.platform.InvalidInputException.field("reason",
					"Say why this is voided, so the team can follow it.");
		}
		if (text.length() > MAX_REASON) {
			throw org.cairn.platform.InvalidInputException.field("reason",
					"Keep the reason to at most " + MAX_REASON + " characters.");
		}
		return text;
	}

}
