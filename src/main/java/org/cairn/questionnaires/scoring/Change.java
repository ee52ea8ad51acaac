package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The change between two totals of one instrument, read against its minimal important
 * change: a difference smaller than that is within what patients do not notice, and is
 * not reported as progress or decline. A difference exactly at the threshold counts.
 * Which way is better comes from the instrument (higher on the FSFI, lower everywhere
 * else). Reports show change, never its cause.
 */
public record Change(BigDecimal before, BigDecimal after, BigDecimal difference, Outcome outcome, String why) {

	public enum Outcome {

		IMPROVED("improved"), WORSENED("worsened"), NO_MEANINGFUL_CHANGE("no-meaningful-change"),
		/** The instrument has no published minimal important change (FSFI, Marinoff). */
		NOT_CLASSIFIED("not-classified");

		private final String code;

		Outcome(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

	public Change {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		Objects.requireNonNull(difference, "difference");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(why, "why");
	}

	/**
	 * The change from {@code before} to {@code after} on {@code instrument}'s total (or
	 * one of its domains).
	 */
	public static Change between(Instrument instrument, BigDecimal before, BigDecimal after) {
		return between(instrument.code(), before, after, instrument.direction(),
				instrument.minimalImportantChange().orElse(null));
	}

	public static Change between(String label, BigDecimal before, BigDecimal after, Direction direction,
			@Nullable MinimalImportantChange minimal) {
		BigDecimal difference = after.subtract(before);
		String moved = label + " went from " + before.toPlainString() + " to " + after.toPlainString() + " ("
				+ signed(difference) + "); " + direction.text();
		if (minimal == null) {
			return new Change(before, after, difference, Outcome.NOT_CLASSIFIED, moved
					+ ", but there is no published minimal important change, so the difference is not classified.");
		}
		String threshold = "the minimal important change is " + minimal.describe();
		if (difference.signum() == 0 || !minimal.reachedBy(before, difference)) {
			return new Change(before, after, difference, Outcome.NO_MEANINGFUL_CHANGE,
					moved + " and " + threshold + ", which this change does not reach: no meaningful change.");
		}
		boolean better = direction == Direction.LOWER_IS_BETTER ? difference.signum() < 0 : difference.signum() > 0;
		return new Change(before, after, difference, better ? Outcome.IMPROVED : Outcome.WORSENED,
				moved + " and " + threshold + ", which this change reaches: " + (better ? "improved." : "worsened."));
	}

	private static String signed(BigDecimal value) {
		return value.signum() > 0 ? "+" + value.toPlainString()
				: value.signum() < 0 ? "−" + value.negate().toPlainString() : "no difference";
	}

}
