package org.cairn.contributors;

import java.util.List;

/** One domain of the derived map: its status and the evidence behind it. */
record DomainResult(ContributorDomain domain, DomainStatus status, List<Evidence> evidence) {

	DomainResult {
		evidence = List.copyOf(evidence);
	}

}
