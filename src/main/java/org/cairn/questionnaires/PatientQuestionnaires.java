package org.cairn.questionnaires;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * What the patient's home shows of questionnaires: the intake until it is submitted, with
 * whether a draft waits. Callers have passed the access policy for the patient's own
 * record. Schedules add the measures due in a later change.
 */
@Service
public class PatientQuestionnaires {

	private final Drafts drafts;

	private final Definitions definitions;

	PatientQuestionnaires(Drafts drafts, Definitions definitions) {
		this.drafts = drafts;
		this.definitions = definitions;
	}

	public List<WaitingQuestionnaire> waiting(PatientId patient) {
		List<WaitingQuestionnaire> waiting = new ArrayList<>();
		Set<String> started = drafts.started(patient);
		if (!drafts.submitted(patient, Catalog.INTAKE)) {
			definitions.latest(Catalog.INTAKE)
				.ifPresent(d -> waiting.add(new WaitingQuestionnaire(d.code(), d.title(), started.contains(d.code()))));
		}
		return waiting;
	}

}
