package org.cairn.consent;

import java.time.Instant;

import org.cairn.consent.ExamEvent.Kind;
import org.cairn.consent.VisitConsent.Course;
import org.cairn.platform.InvalidInputException;

/**
 * When consent to an examination can be recorded, and how the course of an examination
 * may move (CLINICAL.md section 8). Pure: no I/O, the time is given.
 * <ul>
 * <li>Consent is asked for each visit, for each internal examination, and is off until
 * the patient gives it. An external examination needs none recorded.</li>
 * <li>It can be given only while the visit is open (its own day), and only for an
 * examination the patient's preferences call acceptable: a speculum examination cannot be
 * consented to while the preferences say external only, until the patient changes
 * them.</li>
 * <li>It can be withdrawn at any time, even after the visit's day.</li>
 * <li>A pause or a stop can always be recorded; a stopped or paused examination resumes
 * only when the patient chooses to carry on.</li>
 * </ul>
 * Saying again what is already so (giving consent that is in effect, withdrawing what was
 * never given, pausing a paused examination) records nothing and refuses nothing: a
 * second tap on a phone must not read as an error.
 */
final class ExamConsentRule {

	private ExamConsentRule() {
	}

	/**
	 * Checks a decision; true when it changes something and is to be recorded.
	 * @throws InvalidInputException naming {@code procedure} or {@code decision}
	 */
	static boolean decide(VisitConsent visit, ExamPreferences preferences, ExamProcedure procedure, boolean give,
			Instant at) {
		if (!procedure.internal()) {
			throw InvalidInputException.field("procedure",
					"An external examination needs no consent recorded for the visit; only internal examinations do.");
		}
		if (!give) {
			return visit.inEffect(procedure);
		}
		if (visit.inEffect(procedure)) {
			return false;
		}
		if (!visit.openAt(at)) {
			throw InvalidInputException.field("decision",
					"Consent can be given only on the day of the visit; a new visit asks again.");
		}
		if (!preferences.accepts(procedure)) {
			throw InvalidInputException.field("procedure", "The patient's examination preferences do not include "
					+ describe(procedure)
					+ ", so consent to it cannot be recorded. The patient can change their preferences first if they wish.");
		}
		return true;
	}

	/**
	 * Checks a pause, resume or stop; true when it changes the course and is to be
	 * recorded.
	 * @throws InvalidInputException naming {@code kind}
	 */
	static boolean course(VisitConsent visit, Kind kind) {
		Course now = visit.course();
		return switch (kind) {
			case PAUSED -> {
				if (now == Course.STOPPED) {
					throw InvalidInputException.field("kind",
							"The examination was stopped; it can resume only if the patient chooses to carry on.");
				}
				yield now != Course.PAUSED;
			}
			case STOPPED -> now != Course.STOPPED;
			case RESUMED -> {
				if (now == Course.NOT_PAUSED) {
					throw InvalidInputException.field("kind", "The examination is not paused or stopped.");
				}
				yield true;
			}
			case GIVEN, WITHDRAWN -> throw new IllegalArgumentException("not a course event");
		};
	}

	private static String describe(ExamProcedure procedure) {
		return switch (procedure) {
			case INTERNAL_SINGLE_DIGIT -> "an internal examination with one finger";
			case SPECULUM -> "a speculum examination";
			case EXTERNAL -> "an external examination";
		};
	}

}
