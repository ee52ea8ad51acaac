package org.cairn.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * A patient record's id: a random UUID, never a sequence, so ids in URLs reveal nothing.
 */
public record PatientId(UUID value) implements java.io.Serializable {

	public PatientId {
		Objects.requireNonNull(value, "value");
	}

	public static PatientId random() {
		return new PatientId(UUID.randomUUID());
	}

	/** Parses an id from a URL; a malformed id is reported like an unknown one. */
	public static PatientId parse(String text) {
		return new PatientId(Ids.parse(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
