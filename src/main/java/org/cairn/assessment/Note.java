package org.cairn.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/** A free-text SOAP note. Voided with a reason, never deleted. */
record Note(UUID id, PatientId patient, AccountId author, String authorName, NoteKind kind, Soap soap,
		Instant writtenAt, @Nullable Voided voided) {

	boolean isVoided() {
		return voided != null;
	}

	/** The four parts of a SOAP note; at least one is written. */
	record Soap(@Nullable String subjective, @Nullable String objective, @Nullable String assessment,
			@Nullable String plan) {

		static final int MAX = 4000;

		/** Trims each part and checks them all; blank parts become null. */
		static Soap of(@Nullable String subjective, @Nullable String objective, @Nullable String assessment,
				@Nullable String plan) {
			Map<String, String> errors = new LinkedHashMap<>();
			Soap soap = new Soap(part("subjective", subjective, errors), part("objective", objective, errors),
					part("assessment", assessment, errors), part("plan", plan, errors));
			if (errors.isEmpty() && soap.subjective == null && soap.objective == null && soap.assessment == null
					&& soap.plan == null) {
				errors.put("subjective", "Write at least one part of the note.");
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException("The note needs attention; nothing was saved.", errors);
			}
			return soap;
		}

		private static @Nullable String part(String name, @Nullable String text, Map<String, String> errors) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String stripped = text.strip();
			if (stripped.length() > MAX) {
				errors.put(name, "Keep each part to at most " + MAX + " characters.");
			}
			return stripped;
		}

	}

}
