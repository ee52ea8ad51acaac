package org.cairn.careplan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cairn.contributors.ContributorDomain;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * What other modules (home program, progress, referrals) read of a patient's plan.
 * Callers have passed the access policy for {@code care-plan}.
 */
@Service
public class CarePlanSummary {

	public List<Intervention> interventions(PatientId patient) {
		return List.of();
	}

	public Optional<Intervention> intervention(PatientId patient, UUID interventionId) {
		return interventions(patient).stream().filter(i -> i.id().equals(interventionId)).findFirst();
	}

	/**
	 * The activity code (CLINICAL.md 3b {@code pain-activities}) of the plan's primary
	 * outcome: pain during the activity the patient most wants back.
	 */
	public Optional<String> primaryActivity(PatientId patient) {
		return Optional.ofNullable(primaryActivities(List.of(patient)).get(patient));
	}

	/**
	 * The primary activity of each patient, for lists such as the caseload, in a bounded
	 * number of queries; patients without one are absent.
	 */
	public Map<PatientId, String> primaryActivities(Collection<PatientId> patients) {
		return Map.of();
	}

	/** The plan's dated milestones, oldest first, for the progress timeline. */
	public List<Milestone> milestones(PatientId patient) {
		return List.of();
	}

	/** Likely or possible domains that no active intervention addresses. */
	public Set<ContributorDomain> uncoveredDomains(PatientId patient) {
		return Set.of();
	}

}
