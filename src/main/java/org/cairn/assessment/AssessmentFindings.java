package org.cairn.assessment;

import java.util.List;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * The current structured findings of a patient, for the contributor map. Callers have
 * passed the access policy for {@code exam-findings}.
 */
@Service
public class AssessmentFindings {

	public List<Finding> current(PatientId patient) {
		return List.of();
	}

}
