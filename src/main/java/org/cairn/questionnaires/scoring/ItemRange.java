package org.cairn.questionnaires.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The score values one item accepts, both ends included. {@code noActivity} is the value,
 * if any, that records "did not happen" rather than a level of the thing measured (the
 * FSFI's 0, "no sexual activity" or "did not attempt"): it is a valid answer, but must
 * never be read as the worst score.
 */
public record ItemRange(int min, int max, @Nullable Integer noActivity) {

	public ItemRange {
		if (min > max) {
			throw new IllegalArgumentException("item range " + min + "–" + max + " is empty");
		}
		if (noActivity != null && (noActivity < min || noActivity > max)) {
			throw new IllegalArgumentException(
					"no-activity value " + noActivity + " lies outside the range " + min + "–" + max);
		}
	}

	public static ItemRange of(int min, int max) {
		return new ItemRange(min, max, null);
	}

	/**
	 * A range in which {@code noActivity} means "no activity", not a level of the
	 * symptom.
	 */
	public static ItemRange withNoActivity(int min, int max, int noActivity) {
		return new ItemRange(min, max, noActivity);
	}

	public boolean contains(int value) {
		return value >= min && value <= max;
	}

	boolean meansNoActivity(int value) {
		return noActivity != null && noActivity == value;
	}

	/** For messages: {@code 0–5}. */
	public String describe() {
		return min + "–" + max;
	}

}
