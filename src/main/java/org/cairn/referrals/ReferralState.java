package org.cairn.referrals;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.cairn.platform.ConflictException;

/**
 * Where a referral stands. The happy path is draft → awaiting the patient → sent →
 * accepted → completed; it can also end declined by the patient, declined by the
 * receiving clinician, or withdrawn by the referrer. A state is left only by the moves
 * written here; anything else answers 409 with a sentence that says why.
 */
enum ReferralState {

	/** The referrer is preparing it; nothing has been shown to anyone. */
	DRAFT("draft"),
	/** The patient is asked to review the packet and approve what goes. */
	AWAITING_PATIENT("awaiting-patient"),
	/** The patient approved; the frozen packet is with the receiving clinician. */
	SENT("sent"),
	/** The receiving clinician took the patient on and joined the care team. */
	ACCEPTED("accepted"),
	/** The receiving clinician could not take the patient on. */
	DECLINED("declined"),
	/** The receiving clinician wrote a summary back. */
	COMPLETED("completed"),
	/** The referrer withdrew it before it was accepted. */
	WITHDRAWN("withdrawn"),
	/** The patient said no; nothing was sent. */
	PATIENT_DECLINED("patient-declined");

	/** The moves a referral can make, each from the states it may start in. */
	enum Move {

		SUBMIT(Set.of(DRAFT), AWAITING_PATIENT), APPROVE(Set.of(AWAITING_PATIENT), SENT),
		PATIENT_DECLINE(Set.of(AWAITING_PATIENT), PATIENT_DECLINED), ACCEPT(Set.of(SENT), ACCEPTED),
		DECLINE(Set.of(SENT), DECLINED), COMPLETE(Set.of(ACCEPTED), COMPLETED),
		WITHDRAW(Set.of(DRAFT, AWAITING_PATIENT, SENT), WITHDRAWN);

		private final Set<ReferralState> from;

		private final ReferralState to;

		Move(Set<ReferralState> from, ReferralState to) {
			this.from = from;
			this.to = to;
		}

		Set<ReferralState> from() {
			return from;
		}

		ReferralState to() {
			return to;
		}

		/**
		 * The state this move leads to from {@code current}, or a conflict that says why
		 * it cannot be made now.
		 */
		ReferralState from(ReferralState current) {
			if (!from.contains(current)) {
				throw new ConflictException(why(this, current));
			}
			return to;
		}

	}

	private final String code;

	ReferralState(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

	/**
	 * Whether the referral is still in progress (not withdrawn, declined or completed).
	 */
	boolean open() {
		return this == DRAFT || this == AWAITING_PATIENT || this == SENT || this == ACCEPTED;
	}

	/**
	 * Whether the packet has gone to the receiving clinician: from here on they may read
	 * it (a withdrawal takes it back).
	 */
	boolean delivered() {
		return this == SENT || this == ACCEPTED || this == DECLINED || this == COMPLETED;
	}

	static Optional<ReferralState> fromCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}

	private static String why(Move move, ReferralState current) {
		String now = "This referral is " + current.code.replace('-', ' ') + ", so it ";
		return switch (move) {
			case SUBMIT -> now + "cannot be sent to the patient for approval: only a draft can.";
			case APPROVE -> now + "cannot be approved: only a referral waiting for the patient's approval can.";
			case PATIENT_DECLINE -> now + "cannot be declined by the patient: only while it waits for their approval.";
			case ACCEPT -> now + "cannot be accepted: only a referral that has been sent and not yet answered can.";
			case DECLINE -> now + "cannot be declined: only a referral that has been sent and not yet answered can.";
			case COMPLETE -> now + "cannot be completed: only an accepted referral can.";
			case WITHDRAW -> now + "cannot be withdrawn: only one that has not been accepted or closed can.";
		};
	}

}
