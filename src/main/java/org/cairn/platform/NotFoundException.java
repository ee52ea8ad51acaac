package org.cairn.platform;

/**
 * Answers 404. Also what a caller gets for a record they may not see, so that the answer
 * never reveals whether it exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
