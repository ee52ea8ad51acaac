package org.cairn.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cairn.consent.EncounterId;
import org.cairn.consent.ExamConsents;
import org.cairn.consent.ExamProcedure;
import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a visit that took place earlier and was charted elsewhere: the demo record, or
 * an import. The same rules apply as at a visit charted today: the form is checked whole,
 * consent to an internal examination is recorded on the visit's own day and only when the
 * patient's preferences allow it, and internal findings need it.
 */
@Service
public class PastVisits {

	private final Encounters encounters;

	private final ExamConsents consents;

	PastVisits(Encounters encounters, ExamConsents consents) {
		this.encounters = encounters;
		this.consents = consents;
	}

	/** One charted item, with the codes of {@code ExamItem} and {@code Route}. */
	public record PastFinding(String item, @Nullable String route, @Nullable String result, @Nullable Integer value,
			@Nullable List<Integer> points, @Nullable String detail) {
	}

	/**
	 * @param internalConsent whether the patient said yes to an internal examination with
	 * one finger at this visit (recorded by the clinician a minute after the visit
	 * opened)
	 */
	@Transactional
	public EncounterId record(Actor clinician, PatientId patient, Instant at, boolean internalConsent,
			List<PastFinding> findings) {
		Encounter encounter = encounters.openAt(clinician, patient, Encounter.VisitType.INITIAL, at);
		if (internalConsent) {
			consents.importDecision(clinician, patient, encounter.id(), ExamProcedure.INTERNAL_SINGLE_DIGIT, true, at);
		}
		List<ExamEntry.Raw> raw = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			PastFinding f = findings.get(i);
			raw.add(new ExamEntry.Raw("findings[" + i + "]", f.item(), f.route(), f.result(), f.value(), f.points(),
					f.detail()));
		}
		encounters.chartAt(clinician, patient, encounter.id(), ExamForm.read(raw), at.plus(Duration.ofMinutes(20)));
		return encounter.id();
	}

}
