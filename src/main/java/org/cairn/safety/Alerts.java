package org.cairn.safety;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.RaisedFlag;
import org.cairn.questionnaires.RedFlagRaised;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an alert for every red flag and lets clinicians act on it. The listener is
 * synchronous, in the transaction that stores the response, so the response and its alert
 * commit together or not at all (hazard H21): a patient is never told "your team has been
 * alerted" when no alert exists.
 */
@Service
class Alerts {

	static final String URGENT = "urgent-safety-answer";

	static final String NEEDS_FOLLOW_UP = "safety-answer-needs-follow-up";

	static final int MAX_NOTE = 2000;

	private final JdbcAlerts jdbc;

	private final Clock clock;

	Alerts(JdbcAlerts jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(RedFlagRaised event) {
		for (RaisedFlag flag : event.flags()) {
			Alert alert = new Alert(UUID.randomUUID(), event.patient(), flag.urgent() ? URGENT : NEEDS_FOLLOW_UP,
					flag.urgent(), event.raisedAt(), AlertStatus.OPEN);
			jdbc.insert(alert, flag.code(), event.instrument(), event.responseId());
		}
	}

	List<Alert> forPatient(PatientId patient) {
		return jdbc.forPatient(patient);
	}

	@Transactional
	Alert acknowledge(PatientId patient, UUID id, AccountId clinician) {
		Alert alert = find(patient, id);
		if (!jdbc.acknowledge(patient, id, clinician, clock.instant())) {
			throw new ConflictException("This alert is already " + alert.status().code() + ".");
		}
		return find(patient, id);
	}

	@Transactional
	Alert resolve(PatientId patient, UUID id, AccountId clinician, String note) {
		if (note.isBlank()) {
			throw InvalidInputException.field("note", "Say how the alert was followed up.");
		}
		if (note.length() > MAX_NOTE) {
			throw InvalidInputException.field("note", "Keep the note to at most " + MAX_NOTE + " characters.");
		}
		Alert alert = find(patient, id);
		if (!jdbc.resolve(patient, id, clinician, clock.instant(), note.strip())) {
			throw new ConflictException("This alert is already " + alert.status().code() + ".");
		}
		return find(patient, id);
	}

	private Alert find(PatientId patient, UUID id) {
		return jdbc.find(patient, id).orElseThrow(() -> new NotFoundException("No alert with this id."));
	}

}
