package org.cairn.platform;

import java.util.Map;

/**
 * Input that breaks a rule: answers 422 (or the form shows the message) and nothing is
 * changed. {@code fieldErrors} maps a field name to its message key or text.
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidInputException(String message) {
		this(message, Map.of());
	}

	public InvalidInputException(String message, Map<String, String> fieldErrors) {
		super(message);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public static InvalidInputException field(String field, String message) {
		return new InvalidInputException(message, Map.of(field, message));
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}
