package org.cairn.platform;

/**
 * A link that worked once and no longer does, such as a used invitation (answers 410).
 */
public class GoneException extends RuntimeException {

	public GoneException(String message) {
		super(message);
	}

}
