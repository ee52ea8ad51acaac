package org.cairn.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.EncounterId;
import org.cairn.consent.ExamConsents;
import org.cairn.consent.ExamEvent;
import org.cairn.consent.ExamProcedure;
import org.cairn.consent.VisitConsent;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.patients.Patient;
import org.cairn.patients.Patients;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening visits and charting the structured examination. Internal findings are written
 * only while the patient's consent to an internal examination at that visit is in effect,
 * checked with the visit locked so that a withdrawal is never overtaken; external
 * findings are always accepted. Every charting publishes {@link FindingsRecorded} after
 * it commits, and the contributor map recomputes.
 */
@Service
class Encounters {

	private final JdbcAssessment jdbc;

	private final ExamConsents consents;

	private final AccessPolicy policy;

	private final Patients patients;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Encounters(JdbcAssessment jdbc, ExamConsents consents, AccessPolicy policy, Patients patients,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.policy = policy;
		this.patients = patients;
		this.events = events;
		this.clock = clock;
	}

	/** The access check for reading encounters and findings (audited). */
	void authorizeRead(Actor actor, PatientId patient, String what) {
		policy.read(actor, patient, DataCategory.EXAM_FINDINGS, what);
	}

	/** The access check for opening a visit: a clinician with exam findings shared. */
	void authorizeOpen(Actor actor, PatientId patient) {
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.EXAM_FINDINGS, "encounters");
	}

	/**
	 * The access check for writing into a visit: its own clinician, with exam findings
	 * shared. Before the transaction, so a refusal keeps its audit row.
	 */
	Encounter authorizeCharting(Actor actor, PatientId patient, EncounterId id, String what) {
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.EXAM_FINDINGS, what);
		Encounter encounter = jdbc.encounter(patient, id).orElseThrow(Encounters::notFound);
		if (!encounter.clinician().equals(actor.id())) {
			throw new ForbiddenException("Only the clinician who opened this visit can chart in it.");
		}
		return encounter;
	}

	ZoneId zone(PatientId patient) {
		return patients.find(patient).map(Patient::timeZone).orElse(ZoneOffset.UTC);
	}

	@Transactional
	Encounter open(Actor clinician, PatientId patient, Encounter.VisitType type) {
		return openAt(clinician, patient, type, clock.instant());
	}

	/**
	 * Opens a visit at a given time, on the patient's day; consent is open until its end.
	 */
	@Transactional
	Encounter openAt(Actor clinician, PatientId patient, Encounter.VisitType type, Instant at) {
		ZoneId zone = zone(patient);
		LocalDate day = at.atZone(zone).toLocalDate();
		Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
		EncounterId id = EncounterId.random();
		jdbc.insertEncounter(id, patient, clinician.id(), type, at, day);
		consents.openVisit(id, patient, clinician.id(), at, endOfDay);
		return jdbc.encounter(patient, id).orElseThrow();
	}

	/** The clinician's open visit of the patient's today, if any. */
	java.util.Optional<Encounter> todays(Actor clinician, PatientId patient) {
		LocalDate today = clock.instant().atZone(zone(patient)).toLocalDate();
		return jdbc.encounters(patient)
			.stream()
			.filter(e -> !e.isVoided() && e.clinician().equals(clinician.id()) && e.visitDate().equals(today))
			.findFirst();
	}

	List<Encounter> all(PatientId patient) {
		return jdbc.encounters(patient);
	}

	java.util.Optional<Encounter> find(PatientId patient, EncounterId id) {
		return jdbc.encounter(patient, id);
	}

	List<ChartedFinding> findings(PatientId patient) {
		return jdbc.findings(patient);
	}

	/**
	 * Charts a form: all entries or none. Refused as a whole (422) when anything is wrong
	 * or when an internal entry has no consent in effect. The caller has passed
	 * {@link #authorizeCharting}.
	 */
	@Transactional
	List<ChartedFinding> chart(Actor clinician, PatientId patient, EncounterId id, List<ExamEntry.Raw> raw) {
		return chartAt(clinician, patient, id, ExamForm.read(raw), clock.instant());
	}

	@Transactional
	List<ChartedFinding> chartAt(Actor clinician, PatientId patient, EncounterId id, List<ExamEntry> entries,
			Instant at) {
		Encounter encounter = jdbc.encounter(patient, id).orElseThrow(Encounters::notFound);
		if (encounter.isVoided()) {
			throw InvalidInputException.field("encounter", "This visit was voided; open a new one to chart.");
		}
		List<ExamEntry> internal = entries.stream().filter(ExamEntry::internal).toList();
		if (!internal.isEmpty()) {
			VisitConsent consent = consents.lockForCharting(patient, id);
			if (!consent.mayChartInternalFindings()) {
				throw new InvalidInputException(refusal(consent), java.util.Map.of("route",
						"Internal findings need the patient's consent to an internal examination at this visit."));
			}
		}
		List<ChartedFinding> charted = new ArrayList<>();
		for (ExamEntry entry : entries) {
			UUID findingId = UUID.randomUUID();
			jdbc.insertFinding(findingId, id, patient, entry, clinician.id(), at);
			charted.add(new ChartedFinding(findingId, id, entry, clinician.id(), at, null));
		}
		events.publishEvent(new FindingsRecorded(patient));
		return charted;
	}

	@Transactional
	void voidEncounter(Actor clinician, PatientId patient, EncounterId id, String reason) {
		String why = Voided.reason(reason);
		Instant now = clock.instant();
		if (!jdbc.voidEncounter(id, clinician.id(), now, why)) {
			throw InvalidInputException.field("encounter", "This visit is already voided.");
		}
		consents.closeVisit(id, now);
		events.publishEvent(new FindingsRecorded(patient));
	}

	/**
	 * The access check for voiding a finding: the clinician who charted it, with exam
	 * findings shared.
	 */
	ChartedFinding authorizeVoidFinding(Actor actor, PatientId patient, UUID findingId) {
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.EXAM_FINDINGS, "findings");
		ChartedFinding finding = jdbc.finding(patient, findingId).orElseThrow(Encounters::notFound);
		if (!finding.recordedBy().equals(actor.id())) {
			throw new ForbiddenException("Only the clinician who charted this finding can void it.");
		}
		return finding;
	}

	@Transactional
	void voidFinding(Actor clinician, PatientId patient, UUID findingId, String reason) {
		String why = Voided.reason(reason);
		if (!jdbc.voidFinding(findingId, clinician.id(), clock.instant(), why)) {
			throw InvalidInputException.field("finding", "This finding is already voided.");
		}
		events.publishEvent(new FindingsRecorded(patient));
	}

	/** Why internal findings are refused, in words that say what is still possible. */
	static String refusal(VisitConsent consent) {
		var last = consent.lastDecision(ExamProcedure.INTERNAL_SINGLE_DIGIT);
		if (last.isPresent() && last.get().kind() == ExamEvent.Kind.WITHDRAWN) {
			return "The patient withdrew consent to an internal examination at this visit (" + last.get().at()
					+ "), so no further internal findings can be recorded. Nothing was recorded; external findings can still be charted.";
		}
		return "The patient has not given consent to an internal examination at this visit, so internal findings cannot be recorded. "
				+ "Nothing was recorded; external findings can be charted. Consent is given by the patient in the app, or recorded by you when the patient says yes.";
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No record with this id.");
	}

}
