package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The smallest change in a total that patients notice as meaningful: {@code points}, or,
 * when {@code percent} is given, that share of the starting value, whichever is reached
 * first (the "2 points or 30%" rule for pain ratings). A change exactly at the threshold
 * counts as meaningful.
 */
public record MinimalImportantChange(BigDecimal points, @Nullable BigDecimal percent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public MinimalImportantChange {
		Objects.requireNonNull(points, "points");
		if (points.signum() <= 0) {
			throw new IllegalArgumentException("minimal important change must be above 0, was " + points);
		}
		if (percent != null && percent.signum() <= 0) {
			throw new IllegalArgumentException("minimal important change percent must be above 0, was " + percent);
		}
	}

	public static MinimalImportantChange points(int points) {
		return new MinimalImportantChange(BigDecimal.valueOf(points), null);
	}

	public static MinimalImportantChange pointsOrPercent(int points, int percent) {
		return new MinimalImportantChange(BigDecimal.valueOf(points), BigDecimal.valueOf(percent));
	}

	/**
	 * Whether a change of {@code difference} from {@code before} reaches this threshold.
	 * The percentage rule needs a starting value other than 0; from 0 only the points
	 * rule applies.
	 */
	boolean reachedBy(BigDecimal before, BigDecimal difference) {
		BigDecimal size = difference.abs();
		if (size.compareTo(points) >= 0) {
			return true;
		}
		return percent != null && before.signum() != 0
				&& size.multiply(HUNDRED).compareTo(percent.multiply(before.abs())) >= 0;
	}

	/**
	 * For explanations: {@code 5 points}, {@code 2 points or 30% of the starting value}.
	 */
	String describe() {
		String text = points.stripTrailingZeros().toPlainString()
				+ (points.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
		return percent == null ? text
				: text + " or " + percent.stripTrailingZeros().toPlainString() + "% of the starting value";
	}

}
