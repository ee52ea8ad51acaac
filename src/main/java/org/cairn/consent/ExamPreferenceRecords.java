package org.cairn.consent;

import java.time.Clock;
import java.util.List;

import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's examination preferences, every version kept. Callers have passed the
 * access policy: preferences are part of the core record, so that every clinician on the
 * team sees them before an examination; only the patient changes them.
 */
@Service
public class ExamPreferenceRecords {

	private final JdbcExams jdbc;

	private final Clock clock;

	ExamPreferenceRecords(JdbcExams jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The newest version, or {@link ExamPreferences#DEFAULT} (external only). */
	public ExamPreferences current(PatientId patient) {
		return jdbc.latestPreferences(patient).orElse(ExamPreferences.DEFAULT);
	}

	/** Every version, newest first. */
	public List<ExamPreferences> history(PatientId patient) {
		return jdbc.preferencesHistory(patient);
	}

	/**
	 * Saves a new version. Two saves at once cannot both take the same version: the
	 * second is refused as a conflict and changes nothing.
	 */
	@Transactional
	public ExamPreferences save(Actor patientActor, PatientId patient, ExamPreferences.Draft draft) {
		ExamPreferences saved = draft.validated(current(patient).version() + 1, clock.instant());
		jdbc.insertPreferences(patient, saved, patientActor.id());
		return saved;
	}

}
