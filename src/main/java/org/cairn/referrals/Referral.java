package org.cairn.referrals;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.cairn.consent.DataCategory;
import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.team.Discipline;
import org.jspecify.annotations.Nullable;

/**
 * One referral as stored.
 *
 * @param toClinician the receiving clinician: named by the referrer, or, for an open
 * request, the clinician who accepted it; null while an open request waits
 * @param openRequest made to a discipline rather than to a named clinician
 * @param proposed the categories the referrer proposed for the packet
 * @param approved the categories the patient approved; null until they answer
 */
record Referral(UUID id, PatientId patient, AccountId referredBy, Discipline discipline,
		@Nullable AccountId toClinician, boolean openRequest, String reason, Set<DataCategory> proposed,
		@Nullable Set<DataCategory> approved, ReferralState state, @Nullable String declineReason,
		@Nullable String summary, Instant createdAt, Instant updatedAt) {

	boolean addressedTo(AccountId clinician) {
		return clinician.equals(toClinician);
	}

	/** An open request that no clinician has taken yet. */
	boolean waitingForTaker() {
		return openRequest && toClinician == null && state == ReferralState.SENT;
	}

}
