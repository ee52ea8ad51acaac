package org.cairn.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairn.identity.Actor;
import org.cairn.platform.AccountId;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to internal examinations, one visit at a time, and the course of each
 * examination (CLINICAL.md section 8). The assessment module registers a visit when a
 * clinician opens it; the patient gives or withdraws consent in the app, or the clinician
 * records what the patient said in the room. The rule itself is {@link ExamConsentRule}.
 */
@Service
public class ExamConsents {

	static final int MAX_NOTE = 300;

	private final JdbcExams jdbc;

	private final ExamPreferenceRecords preferences;

	private final AccessPolicy policy;

	private final Clock clock;

	ExamConsents(JdbcExams jdbc, ExamPreferenceRecords preferences, AccessPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.preferences = preferences;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Registers a visit, with nothing consented to. Called in the transaction that opens
	 * the encounter.
	 * @param openUntil the end of the visit's day in the patient's time zone
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void openVisit(EncounterId encounter, PatientId patient, AccountId clinician, Instant openedAt,
			Instant openUntil) {
		jdbc.insertVisit(encounter, patient, clinician, openedAt, openUntil);
	}

	/** No more consent can be given for a visit that was voided. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void closeVisit(EncounterId encounter, Instant at) {
		jdbc.close(encounter, at);
	}

	/** One visit of this patient; callers have passed the access policy. */
	public Optional<VisitConsent> visit(PatientId patient, EncounterId encounter) {
		return jdbc.visit(encounter).filter(v -> v.patient().equals(patient));
	}

	/** Several visits in a bounded number of queries; callers have passed the policy. */
	public Map<EncounterId, VisitConsent> visits(Collection<EncounterId> encounters) {
		return jdbc.visits(encounters);
	}

	/** The visits of this patient at which consent can be given now, oldest first. */
	public List<VisitConsent> openVisits(PatientId patient) {
		return jdbc.openVisits(patient, clock.instant());
	}

	/**
	 * The access check for reading a visit's consent: the patient, or a team member the
	 * patient shares exam findings with. Audited; answers 404 for a visit of another
	 * patient.
	 */
	public VisitConsent authorizeRead(Actor actor, PatientId patient, EncounterId encounter) {
		policy.read(actor, patient, DataCategory.EXAM_FINDINGS, "exam-consent");
		return visit(patient, encounter).orElseThrow(ExamConsents::notFound);
	}

	/**
	 * The access check for recording consent or the course of an examination: the
	 * patient, or the clinician of this visit with exam findings shared. Call it before
	 * the transaction (a refusal must keep its audit row).
	 */
	public VisitConsent authorizeWrite(Actor actor, PatientId patient, EncounterId encounter) {
		policy.write(actor, patient, DataCategory.EXAM_FINDINGS, "exam-consent");
		VisitConsent visit = visit(patient, encounter).orElseThrow(ExamConsents::notFound);
		if (!actor.owns(patient) && !visit.clinician().equals(actor.id())) {
			throw new ForbiddenException("Only the patient or the clinician of this visit can record this.");
		}
		return visit;
	}

	/**
	 * Gives or withdraws consent to an internal examination now. The caller has passed
	 * {@link #authorizeWrite}.
	 */
	@Transactional
	public VisitConsent decide(Actor actor, PatientId patient, EncounterId encounter, ExamProcedure procedure,
			boolean give, @Nullable String note) {
		return decideAt(actor, patient, encounter, procedure, give, note, clock.instant());
	}

	/**
	 * Records a decision made earlier, for a visit charted elsewhere (the demo, an
	 * import). The same rule applies at that time: consent only on the visit's day.
	 */
	@Transactional
	public VisitConsent importDecision(Actor actor, PatientId patient, EncounterId encounter, ExamProcedure procedure,
			boolean give, Instant at) {
		return decideAt(actor, patient, encounter, procedure, give, null, at);
	}

	/**
	 * Records a pause, a resume or a stop. The caller has passed {@link #authorizeWrite}.
	 */
	@Transactional
	public VisitConsent recordCourse(Actor actor, PatientId patient, EncounterId encounter, ExamEvent.Kind kind,
			@Nullable String note) {
		String text = note(note);
		VisitConsent visit = locked(patient, encounter);
		if (ExamConsentRule.course(visit, kind)) {
			append(visit, new ExamEvent(kind, null, actor.id(), actor.displayName(), actor.owns(patient), text,
					clock.instant()));
		}
		return visit(patient, encounter).orElseThrow();
	}

	/**
	 * The visit's consent as it stands, with the visit locked until the caller's
	 * transaction ends: charting that depends on consent calls this, so a withdrawal is
	 * never overtaken by a finding written at the same moment.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public VisitConsent lockForCharting(PatientId patient, EncounterId encounter) {
		return locked(patient, encounter);
	}

	private VisitConsent decideAt(Actor actor, PatientId patient, EncounterId encounter, ExamProcedure procedure,
			boolean give, @Nullable String note, Instant at) {
		String text = note(note);
		VisitConsent visit = locked(patient, encounter);
		if (ExamConsentRule.decide(visit, preferences.current(patient), procedure, give, at)) {
			append(visit, new ExamEvent(give ? ExamEvent.Kind.GIVEN : ExamEvent.Kind.WITHDRAWN, procedure, actor.id(),
					actor.displayName(), actor.owns(patient), text, at));
		}
		return visit(patient, encounter).orElseThrow();
	}

	private VisitConsent locked(PatientId patient, EncounterId encounter) {
		if (!jdbc.lock(encounter)) {
			throw notFound();
		}
		return visit(patient, encounter).orElseThrow(ExamConsents::notFound);
	}

	private void append(VisitConsent visit, ExamEvent event) {
		jdbc.insertEvent(visit.encounter(), jdbc.nextSeq(visit.encounter()), event);
	}

	private static @Nullable String note(@Nullable String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String text = note.strip();
		if (text.length() > MAX_NOTE) {
			throw InvalidInputException.field("note", "Keep the note to at most " + MAX_NOTE + " characters.");
		}
		return text;
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No record with this id.");
	}

}
