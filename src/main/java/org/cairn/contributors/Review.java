package org.cairn.contributors;

import java.time.Instant;
import java.util.UUID;

import org.cairn.platform.AccountId;

/** A clinician's review of one domain; the newest per domain is the clinician's view. */
record Review(UUID id, ContributorDomain domain, ClinicianView view, String reason, AccountId reviewedBy,
		String reviewerName, Instant reviewedAt) {
}
