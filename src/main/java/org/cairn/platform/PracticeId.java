package org.cairn.platform;

import java.util.Objects;
import java.util.UUID;

/** A practice (organization) that clinicians belong to. */
public record PracticeId(UUID value) implements java.io.Serializable {

	public PracticeId {
		Objects.requireNonNull(value, "value");
	}

	public static PracticeId random() {
		return new PracticeId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
