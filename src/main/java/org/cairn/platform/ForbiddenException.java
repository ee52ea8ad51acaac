package org.cairn.platform;

/** The caller is known but their role may not do this (answers 403). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
