package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire that is due for one patient: since when, whether it is overdue, and
 * why.
 *
 * @param dueSince the first day (in the patient's time zone) on which it was due
 * @param overdue due for more than {@value DueList#GRACE_DAYS} days
 * @param reason the rule behind it, for pages to word in their own language
 */
public record Due(String instrument, LocalDate dueSince, boolean overdue, Reason reason) {

	/** Why a questionnaire is due. */
	public enum Kind {

		/** The intake, once at the start. */
		INTAKE,
		/** A measure never answered yet: the baseline. */
		BASELINE,
		/** A measure repeated every {@code everyWeeks} weeks. */
		REPEAT,
		/** PHQ-9 or GAD-7, repeated because the last total was 10 or more. */
		RAISED

	}

	/**
	 * @param everyWeeks the repeat interval; 0 for the intake
	 * @param daysSinceLast days since the last response; null if none yet
	 * @param lastTotal the last total, for {@link Kind#RAISED}
	 */
	public record Reason(Kind kind, int everyWeeks, @Nullable Long daysSinceLast, @Nullable BigDecimal lastTotal) {
	}

	/** The reason in plain English, for the API ("weekly check; last one 9 days ago"). */
	public String why() {
		String every = reason.everyWeeks() == 1 ? "weekly" : "every " + reason.everyWeeks() + " weeks";
		return switch (reason.kind()) {
			case INTAKE -> "first questionnaire, asked once at the start";
			case BASELINE -> "starting measure, " + every + " after that";
			case REPEAT -> every + " check; last one " + days(reason.daysSinceLast()) + " ago";
			case RAISED -> every + " check while the last total is " + Schedule.RAISED + " or more; last one "
					+ days(reason.daysSinceLast()) + " ago";
		};
	}

	/**
	 * Whether the item's being due tells that a PHQ-9 or GAD-7 total was 10 or more:
	 * mental-health information, shown only to those the patient shares it with.
	 */
	public boolean revealsARaisedScore() {
		return reason.kind() == Kind.RAISED;
	}

	private static String days(@Nullable Long days) {
		return days == null ? "" : days == 1 ? "1 day" : days + " days";
	}

}
