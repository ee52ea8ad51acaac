package org.cairn.diary;

import java.util.List;
import java.util.Map;

import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.RaisedFlag;

/**
 * An entry refused for bad input (422, nothing stored) whose safety answers were still
 * read and raised: the patient must see the safety message with the refusal.
 */
class RefusedEntry extends InvalidInputException {

	private final PatientId patient;

	private final List<RaisedFlag> redFlags;

	RefusedEntry(PatientId patient, String message, Map<String, String> fieldErrors, List<RaisedFlag> redFlags) {
		super(message, fieldErrors);
		this.patient = patient;
		this.redFlags = List.copyOf(redFlags);
	}

	PatientId patient() {
		return patient;
	}

	List<RaisedFlag> redFlags() {
		return redFlags;
	}

}
