package org.cairn.contributors;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * The current map of a patient, for other modules (care plan, referrals, progress).
 * Callers have passed the access policy for the patient. The statuses carry no evidence,
 * but a status can still tell something: a caller that shows them to a team member keeps
 * to {@link #visibleTo} (a likely trauma area tells that trauma was shared).
 */
@Service
public class ContributorSummary {

	private final ContributorMaps maps;

	private final ContributorViews views;

	ContributorSummary(ContributorMaps maps, ContributorViews views) {
		this.maps = maps;
		this.views = views;
	}

	/**
	 * Each of the twelve domains with its effective status: the clinician's view where a
	 * clinician confirmed or set the domain aside, the derived status otherwise.
	 */
	public Map<ContributorDomain, DomainStatus> effective(PatientId patient) {
		return maps.effective(List.of(patient)).get(patient);
	}

	/** The same for many patients, in a bounded number of queries. */
	public Map<PatientId, Map<ContributorDomain, DomainStatus>> effective(Collection<PatientId> patients) {
		return maps.effective(patients);
	}

	public PainProfile painProfile(PatientId patient) {
		return maps.painProfile(patient);
	}

	/**
	 * The pain profile in one line of clinical words, as the chart header shows it (for a
	 * referral packet, for example).
	 */
	public String profileLine(PainProfile profile, java.util.Locale locale) {
		return views.profileLine(profile, locale);
	}

	/**
	 * The part of the record a domain's status belongs to: show a domain's status only to
	 * someone the patient shares this category with.
	 */
	public static org.cairn.consent.DataCategory visibleTo(ContributorDomain domain) {
		return ContributorRules.homeCategory(domain);
	}

}
