package org.cairn.referrals;

import java.util.EnumSet;
import java.util.Set;

import org.cairn.platform.ConflictException;
import org.cairn.referrals.ReferralState.Move;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralStateTest {

	@Test
	void followsTheHappyPathFromDraftToCompleted() {
		ReferralState state = ReferralState.DRAFT;
		state = Move.SUBMIT.from(state);
		assertThat(state).isEqualTo(ReferralState.AWAITING_PATIENT);
		state = Move.APPROVE.from(state);
		assertThat(state).isEqualTo(ReferralState.SENT);
		state = Move.ACCEPT.from(state);
		assertThat(state).isEqualTo(ReferralState.ACCEPTED);
		assertThat(Move.COMPLETE.from(state)).isEqualTo(ReferralState.COMPLETED);
	}

	@Test
	void everyMoveFromAStateItDoesNotStartInIsAConflictThatSaysWhy() {
		for (Move move : Move.values()) {
			for (ReferralState state : EnumSet.complementOf(EnumSet.copyOf(move.from()))) {
				assertThatThrownBy(() -> move.from(state)).isInstanceOf(ConflictException.class)
					.hasMessageContaining("This referral is " + state.code().replace('-', ' '))
					.hasMessageContaining("only");
			}
		}
	}

	@Test
	void closedReferralsCannotMoveAtAll() {
		for (ReferralState closed : Set.of(ReferralState.COMPLETED, ReferralState.WITHDRAWN, ReferralState.DECLINED,
				ReferralState.PATIENT_DECLINED)) {
			assertThat(closed.open()).isFalse();
			for (Move move : Move.values()) {
				assertThat(move.from()).doesNotContain(closed);
			}
		}
	}

	@Test
	void thePacketCountsAsDeliveredOnlyOnceThePatientApproved() {
		assertThat(EnumSet.allOf(ReferralState.class).stream().filter(ReferralState::delivered))
			.containsExactlyInAnyOrder(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.DECLINED,
					ReferralState.COMPLETED);
	}

	@Test
	void aReferralCanBeWithdrawnUntilItIsAccepted() {
		assertThat(Move.WITHDRAW.from(ReferralState.SENT)).isEqualTo(ReferralState.WITHDRAWN);
		assertThatThrownBy(() -> Move.WITHDRAW.from(ReferralState.ACCEPTED)).isInstanceOf(ConflictException.class)
			.hasMessage("This referral is accepted, so it cannot be withdrawn: only one that has not been accepted "
					+ "or closed can.");
	}

}
