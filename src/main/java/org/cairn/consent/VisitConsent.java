package org.cairn.consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;

/**
 * Consent for the internal examinations of one visit, and the course of the examination,
 * as the record of events says. Nothing is in effect until the patient gives it; the last
 * decision about a procedure is the one that counts.
 *
 * @param openUntil consent can be given until this instant (the end of the visit's day);
 * it can be withdrawn at any time
 */
public record VisitConsent(EncounterId encounter, PatientId patient, AccountId clinician, Instant openedAt,
		Instant openUntil, List<ExamEvent> events) {

	/** The course of the examination, by its latest pause, resume or stop. */
	public enum Course {

		NOT_PAUSED, PAUSED, STOPPED

	}

	public VisitConsent {
		events = List.copyOf(events);
	}

	/** Whether the patient's consent to this procedure is in effect now. */
	public boolean inEffect(ExamProcedure procedure) {
		if (!procedure.internal()) {
			return true;
		}
		return lastDecision(procedure).map(e -> e.kind() == ExamEvent.Kind.GIVEN).orElse(false);
	}

	/** The latest "given" or "withdrawn" for this procedure, if any. */
	public Optional<ExamEvent> lastDecision(ExamProcedure procedure) {
		for (int i = events.size() - 1; i >= 0; i--) {
			ExamEvent event = events.get(i);
			if (event.procedure() == procedure) {
				return Optional.of(event);
			}
		}
		return Optional.empty();
	}

	public Course course() {
		for (int i = events.size() - 1; i >= 0; i--) {
			switch (events.get(i).kind()) {
				case PAUSED:
					return Course.PAUSED;
				case STOPPED:
					return Course.STOPPED;
				case RESUMED:
					return Course.NOT_PAUSED;
				default:
					break;
			}
		}
		return Course.NOT_PAUSED;
	}

	/** Whether consent can still be given: the visit's day has not ended. */
	public boolean openAt(Instant at) {
		return at.isBefore(openUntil);
	}

	/**
	 * Whether internal findings may be charted for this visit: the patient's consent to
	 * the single-digit internal examination, by which pelvic floor findings are palpated,
	 * is in effect.
	 */
	public boolean mayChartInternalFindings() {
		return inEffect(ExamProcedure.INTERNAL_SINGLE_DIGIT);
	}

}
