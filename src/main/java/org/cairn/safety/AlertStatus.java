package org.cairn.safety;

/**
 * Open until a clinician acknowledges it; resolved with a note. An alert only moves
 * forward.
 */
enum AlertStatus {

	OPEN, ACKNOWLEDGED, RESOLVED;

	String code() {
		return name().toLowerCase();
	}

}
