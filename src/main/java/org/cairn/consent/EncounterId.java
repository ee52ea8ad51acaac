package org.cairn.consent;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cairn.platform.NotFoundException;

/**
 * A visit's id: the assessment module's encounter, to which consent for an internal
 * examination belongs. A random UUID, never a sequence.
 */
public record EncounterId(UUID value) implements java.io.Serializable {

	private static final Pattern CANONICAL = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	public EncounterId {
		Objects.requireNonNull(value, "value");
	}

	public static EncounterId random() {
		return new EncounterId(UUID.randomUUID());
	}

	/** Parses an id from a URL; a malformed id is reported like an unknown one. */
	public static EncounterId parse(String text) {
		if (text == null || !CANONICAL.matcher(text).matches()) {
			throw new NotFoundException("No record with this id.");
		}
		return new EncounterId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
