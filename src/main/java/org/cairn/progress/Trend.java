package org.cairn.progress;

/**
 * The direction of the primary outcome, read on weekly medians against the minimal
 * important change.
 */
public enum Trend {

	IMPROVING, STEADY, WORSENING, NOT_ENOUGH_DATA

}
