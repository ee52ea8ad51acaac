package org.cairn.platform;

import java.util.Objects;
import java.util.UUID;

/** The id of a person who signs in: patient, clinician, practice admin or partner. */
public record AccountId(UUID value) implements java.io.Serializable {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	public static AccountId parse(String text) {
		return new AccountId(Ids.parse(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
