package org.cairn.platform;

import java.time.Duration;

/**
 * Throttled: the caller should wait {@code retryAfter} (answers 429 with Retry-After).
 */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
