package org.cairn.platform;

import java.io.IOException;

/** Thrown while reading a request body that passes the configured limit (answers 413). */
class BodyTooLargeException extends IOException {

	BodyTooLargeException() {
		super("request body too large");
	}

}
