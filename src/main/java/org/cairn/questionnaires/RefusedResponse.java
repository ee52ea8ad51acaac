package org.cairn.questionnaires;

import java.util.List;
import java.util.Map;

import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;

/**
 * A response that was not stored (422), naming each item at fault. {@code redFlags} are
 * the red flags that the valid answers raised anyway: they have already been sent to the
 * care team, and the patient must still see the safety message (hazard H04).
 */
class RefusedResponse extends InvalidInputException {

	private final PatientId patient;

	private final List<RaisedFlag> redFlags;

	RefusedResponse(PatientId patient, String message, Map<String, String> fieldErrors, List<RaisedFlag> redFlags) {
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
