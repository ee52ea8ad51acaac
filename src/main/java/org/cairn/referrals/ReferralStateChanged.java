package org.cairn.referrals;

import java.time.Instant;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A referral was drafted or changed state (codes such as {@code awaiting-patient},
 * {@code sent}, {@code accepted}), for notifications and messaging to listen to. Carries
 * no reason, packet or summary: a listener that needs them reads them through the access
 * policy.
 *
 * @param from null when the referral was just drafted
 */
public record ReferralStateChanged(UUID referral, PatientId patient, @Nullable String from, String to, AccountId actor,
		Instant at) {
}
