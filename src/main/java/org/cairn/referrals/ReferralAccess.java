package org.cairn.referrals;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.ForbiddenException;
import org.cairn.team.CareTeam;
import org.cairn.team.ClinicianProfile;

import org.springframework.stereotype.Component;

/**
 * Who may do what with one referral, decided through the access policy and always
 * audited.
 * <ul>
 * <li>The patient sees all of their referrals and alone approves or declines what is
 * sent.</li>
 * <li>Care-team members read referrals under {@code care-plan} (a referral is part of
 * coordinating the care), and see packet items only of the categories the patient shares
 * with them; only the referrer submits or withdraws, and only while still on the
 * team.</li>
 * <li>The receiving clinician, who is not on the team yet, reads the packet the patient
 * approved for them, and only once it was delivered (sent, accepted, declined or
 * completed); nothing else of the record. The consent is the referral itself, so this
 * module decides it and the policy audits it
 * ({@link AccessPolicy#requireConsented}).</li>
 * <li>An open request to a discipline is shown, without the patient's name or packet, to
 * clinicians of that discipline who accept new patients, until one of them takes it.</li>
 * <li>Anyone else is told the referral does not exist (404), and the refusal is
 * audited.</li>
 * </ul>
 */
@Component
class ReferralAccess {

	/** How an actor stands to one referral, before the policy has its say. */
	enum Standing {

		OWNER, REFERRER, RECEIVER, CANDIDATE, MEMBER, NONE

	}

	private final AccessPolicy policy;

	private final CareTeam team;

	ReferralAccess(AccessPolicy policy, CareTeam team) {
		this.policy = policy;
		this.team = team;
	}

	Standing standing(Actor actor, Referral r) {
		if (actor.owns(r.patient())) {
			return Standing.OWNER;
		}
		if (actor.role() != Role.CLINICIAN) {
			return Standing.NONE;
		}
		if (r.referredBy().equals(actor.id())) {
			return Standing.REFERRER;
		}
		if (r.addressedTo(actor.id()) && r.state().delivered()) {
			return Standing.RECEIVER;
		}
		if (r.waitingForTaker() && mayTake(actor, r)) {
			return Standing.CANDIDATE;
		}
		// Whether they are on the team at all is the policy's to say.
		return Standing.MEMBER;
	}

	/**
	 * A clinician of the referral's discipline who accepts new patients may see and take
	 * an open request.
	 */
	boolean mayTake(Actor actor, Referral r) {
		return actor.role() == Role.CLINICIAN && !r.referredBy().equals(actor.id())
				&& team.profile(actor.id())
					.filter(ClinicianProfile::acceptingNewPatients)
					.filter(p -> p.discipline() == r.discipline())
					.isPresent();
	}

	/** Opens one referral for reading; returns how the reader stands. */
	Standing read(Actor actor, Referral r) {
		Standing standing = standing(actor, r);
		switch (standing) {
			case OWNER -> policy.read(actor, r.patient(), DataCategory.CORE, what(r));
			case REFERRER, MEMBER -> policy.read(actor, r.patient(), DataCategory.CARE_PLAN, what(r));
			case RECEIVER -> policy.requireConsented(actor, r.patient(), true, Action.READ, what(r) + "/packet");
			case CANDIDATE -> policy.requireConsented(actor, r.patient(), true, Action.READ, what(r) + "/open-request");
			case NONE -> policy.requireConsented(actor, r.patient(), false, Action.READ, what(r));
		}
		return standing;
	}

	/** For the referrer's own moves: submit, withdraw. */
	void requireReferrer(Actor actor, Referral r, String move) {
		Standing standing = standing(actor, r);
		if (standing == Standing.REFERRER) {
			policy.write(actor, r.patient(), DataCategory.CARE_PLAN, what(r) + "/" + move);
			return;
		}
		refuse(actor, r, standing, "Only the clinician who wrote this referral can do this.");
	}

	/** For the patient's answers: approve, decline. */
	void requirePatient(Actor actor, Referral r, String move) {
		Standing standing = standing(actor, r);
		if (standing == Standing.RECEIVER || standing == Standing.CANDIDATE) {
			refuse(actor, r, standing, "Only the patient can do this.");
		}
		policy.requireOwner(actor, r.patient(), Action.WRITE, what(r) + "/" + move);
	}

	/**
	 * For the receiving clinician's moves: accept, decline, complete. Returns how they
	 * stand (a candidate may only accept).
	 */
	Standing requireReceiver(Actor actor, Referral r, String move) {
		Standing standing = standing(actor, r);
		if (standing == Standing.RECEIVER || standing == Standing.CANDIDATE) {
			policy.requireConsented(actor, r.patient(), true, Action.WRITE, what(r) + "/" + move);
			return standing;
		}
		refuse(actor, r, standing, "Only the clinician the referral was sent to can do this.");
		return standing;
	}

	/**
	 * Someone who may know the referral exists, but not do this: audited, then 403; to
	 * anyone else, 404.
	 */
	private void refuse(Actor actor, Referral r, Standing standing, String why) {
		switch (standing) {
			case OWNER, REFERRER, MEMBER -> policy.read(actor, r.patient(), DataCategory.CORE, what(r));
			case RECEIVER, CANDIDATE -> policy.requireConsented(actor, r.patient(), true, Action.READ, what(r));
			case NONE -> policy.requireConsented(actor, r.patient(), false, Action.READ, what(r));
		}
		throw new ForbiddenException(why);
	}

	private static String what(Referral r) {
		return "referrals/" + r.id();
	}

}
