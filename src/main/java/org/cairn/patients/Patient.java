package org.cairn.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * The core of a patient's record.
 *
 * @param legalName the name the inviting clinician entered, for records and letters
 * @param preferredName the name the patient uses, which every greeting shows
 */
public record Patient(PatientId id, String legalName, @Nullable String preferredName, @Nullable String pronouns,
		String email, @Nullable LocalDate dateOfBirth, ZoneId timeZone, Locale language, @Nullable AccountId account,
		Instant createdAt) {

	/** The name to greet the patient by. */
	public String name() {
		return preferredName != null && !preferredName.isBlank() ? preferredName : legalName;
	}

	public boolean activated() {
		return account != null;
	}

}
