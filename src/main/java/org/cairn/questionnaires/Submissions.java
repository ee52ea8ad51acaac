package org.cairn.questionnaires;

import java.util.UUID;

import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * Records a FHIR QuestionnaireResponse through the same checks, scoring and red flags as
 * the API, for other modules that hold a response in hand (the demo practice, the data
 * generator). Callers have passed the access policy for the instrument's category.
 */
@Service
public class Submissions {

	private final ResponseReader reader;

	private final Responses responses;

	Submissions(ResponseReader reader, Responses responses) {
		this.reader = reader;
		this.responses = responses;
	}

	/**
	 * @return the stored response's id
	 * @throws RefusedResponse naming each item at fault; nothing stored
	 */
	public UUID submit(Actor actor, PatientId patient, String responseJson) {
		return responses.record(patient, actor, reader.read(responseJson)).id();
	}

}
