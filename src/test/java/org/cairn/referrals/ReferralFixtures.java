package org.cairn.referrals;

import java.util.List;

import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;

import org.springframework.stereotype.Component;

/**
 * Referrals in a given state, for tests whose rows are built before any Spring bean is at
 * hand (the authorization matrix). A test-only bean: the services it uses are the
 * application's own, so every referral passes the same checks as one made through the
 * API.
 */
@Component
public class ReferralFixtures implements org.springframework.beans.factory.DisposableBean {

	/**
	 * Every live instance, newest last. Test runs start more than one application context
	 * (the audit command starts and closes one of its own); all share the run's database,
	 * so any open one will do, but never a closed one.
	 */
	private static final java.util.Deque<ReferralFixtures> LIVE = new java.util.concurrent.ConcurrentLinkedDeque<>();

	/**
	 * One referral per patient, people and state, so a row asked again gets the same one.
	 */
	private static final java.util.Map<String, String> MADE = new java.util.concurrent.ConcurrentHashMap<>();

	private static final java.util.Map<org.cairn.platform.PatientId, Person> RECEIVERS = new java.util.concurrent.ConcurrentHashMap<>();

	private final Referrals referrals;

	private final org.springframework.beans.factory.ObjectProvider<org.cairn.support.TestData> data;

	ReferralFixtures(Referrals referrals,
			org.springframework.beans.factory.ObjectProvider<org.cairn.support.TestData> data) {
		this.referrals = referrals;
		this.data = data;
		LIVE.addLast(this);
	}

	@Override
	public void destroy() {
		LIVE.remove(this);
	}

	private static ReferralFixtures current() {
		ReferralFixtures live = LIVE.peekLast();
		if (live == null) {
			throw new IllegalStateException("No application context is running.");
		}
		return live;
	}

	/**
	 * A gastroenterologist from another practice, not on the patient's team: one per
	 * patient.
	 */
	public static Person receiverOf(PatientRecord patient) {
		// Test data is built by the context of an integration test, which imports it.
		ReferralFixtures withData = LIVE.stream()
			.filter(f -> f.data.getIfAvailable() != null)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new IllegalStateException("No integration test context is running."));
		return RECEIVERS.computeIfAbsent(patient.id(),
				p -> withData.data.getObject().clinician(org.cairn.team.Discipline.GASTROENTEROLOGY));
	}

	/**
	 * A draft from {@code from} to {@code to}, proposing medical history and the care
	 * plan.
	 */
	public static String draft(PatientRecord patient, Person from, Person to) {
		return current().once(patient, from, to, ReferralState.DRAFT);
	}

	public static String awaiting(PatientRecord patient, Person from, Person to) {
		return current().once(patient, from, to, ReferralState.AWAITING_PATIENT);
	}

	/**
	 * Approved by the patient with the first proposed part only, and delivered to
	 * {@code to}.
	 */
	public static String sent(PatientRecord patient, Person from, Person to) {
		return current().once(patient, from, to, ReferralState.SENT);
	}

	public static String accepted(PatientRecord patient, Person from, Person to) {
		return current().once(patient, from, to, ReferralState.ACCEPTED);
	}

	/** Awaiting the patient, from {@code from} to {@link #receiverOf} the patient. */
	public static String awaitingFromTo(PatientRecord patient, Person from) {
		return awaiting(patient, from, receiverOf(patient));
	}

	public static String sentFromTo(PatientRecord patient, Person from) {
		return sent(patient, from, receiverOf(patient));
	}

	public static String acceptedFromTo(PatientRecord patient, Person from) {
		return accepted(patient, from, receiverOf(patient));
	}

	/** Everything a move could change of one referral, as one comparable text. */
	public static String stateOf(String referral) {
		Referral r = current().referrals.require(referral);
		return r.state() + " " + r.approved() + " " + r.toClinician() + " " + r.declineReason() + " " + r.summary()
				+ " " + current().referrals.packet(r).size();
	}

	/** The states of every referral of a patient. */
	public static List<String> statesOf(PatientRecord patient) {
		return current().referrals.ofPatient(patient.id()).stream().map(r -> stateOf(r.id().toString())).toList();
	}

	private String once(PatientRecord patient, Person from, Person to, ReferralState state) {
		String key = patient.id() + " " + from.account().id() + " " + to.account().id() + " " + state;
		return MADE.computeIfAbsent(key, k -> make(patient, from, to, state).id().toString());
	}

	private Referral make(PatientRecord patient, Person from, Person to, ReferralState state) {
		// Medical history and the care plan, as far as the referrer may see them.
		List<String> proposed = referrals.includable(from.actor(), patient.id())
			.stream()
			.filter(c -> c == org.cairn.consent.DataCategory.MEDICAL_HISTORY
					|| c == org.cairn.consent.DataCategory.CARE_PLAN)
			.map(org.cairn.consent.DataCategory::code)
			.toList();
		Referral r = referrals.create(from.actor(), patient.id(),
				new Referrals.Draft(null, to.account().id().toString(), "Assessment, please.", proposed));
		if (state == ReferralState.DRAFT) {
			return r;
		}
		r = referrals.submit(from.actor(), r);
		if (state == ReferralState.AWAITING_PATIENT) {
			return r;
		}
		r = referrals.approve(patient.person().actor(), r, proposed.subList(0, 1));
		if (state == ReferralState.SENT) {
			return r;
		}
		return referrals.accept(to.actor(), r);
	}

}
