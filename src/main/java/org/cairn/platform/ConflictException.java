package org.cairn.platform;

/**
 * The request clashes with the current state, such as a username already taken (answers
 * 409).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
