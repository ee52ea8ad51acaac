package org.cairn.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * The current structured findings of a patient, for the contributor map. Callers have
 * passed the access policy for {@code exam-findings}.
 */
@Service
public class AssessmentFindings {

	public List<Finding> current(PatientId patient) {
		return current(List.of(patient)).getOrDefault(patient, List.of());
	}

	/**
	 * The current findings of several patients, in a bounded number of queries; patients
	 * without findings are absent.
	 */
	public Map<PatientId, List<Finding>> current(Collection<PatientId> patients) {
		return Map.of();
	}

}
