package org.cairn.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cairn.consent.AccessRule.Decision;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one gate to patient data. Every read and write names the category it touches and
 * leaves a {@link RecordAccessed} event for the audit trail, allowed or not.
 *
 * <p>
 * Call it at the edge, before the transaction that does the work: a refusal raised inside
 * a transaction would be rolled back together with its audit row.
 */
@Service
public class AccessPolicy {

	private final CareTeamRoster roster;

	private final SharingGrants grants;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessPolicy(CareTeamRoster roster, SharingGrants grants, ApplicationEventPublisher events, Clock clock) {
		this.roster = roster;
		this.grants = grants;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Allows a read of {@code category}, or answers 404 (or 403 to a team member) and
	 * audits it.
	 */
	public void read(Actor actor, PatientId patient, DataCategory category, String what) {
		require(actor, patient, category, Action.READ, what);
	}

	public void write(Actor actor, PatientId patient, DataCategory category, String what) {
		require(actor, patient, category, Action.WRITE, what);
	}

	/**
	 * For lists such as a caseload: keeps the patients whose {@code category} the actor
	 * may read, in the given order, and audits a read for each one kept. Membership is
	 * read in one query, so a list of hundreds costs no query per patient for the core
	 * category.
	 */
	public List<PatientId> readEach(Actor actor, Collection<PatientId> patients, DataCategory category, String what) {
		Set<PatientId> member = actor.role() == Role.CLINICIAN ? roster.activePatientsOf(actor.id()) : Set.of();
		List<PatientId> allowed = new ArrayList<>();
		for (PatientId patient : patients) {
			boolean owner = actor.owns(patient);
			boolean isMember = !owner && member.contains(patient);
			boolean shared = isMember && !category.alwaysShared() && grants.with(patient, actor.id()).allows(category);
			if (AccessRule.decide(owner, isMember, category, shared) == Decision.ALLOWED) {
				publish(actor, patient, Action.READ, what + "/" + category.code(), true);
				allowed.add(patient);
			}
		}
		return allowed;
	}

	/** For what only the patient may do, such as changing who sees what. */
	public void requireOwner(Actor actor, PatientId patient, Action action, String what) {
		if (actor.owns(patient)) {
			publish(actor, patient, action, what, true);
			return;
		}
		publish(actor, patient, action, what, false);
		if (decide(actor, patient, DataCategory.CORE, false) == Decision.ALLOWED) {
			throw new ForbiddenException("Only the patient can do this.");
		}
		throw notFound();
	}

	/**
	 * Whether the actor may see a category, without auditing: for shaping a page already
	 * audited.
	 */
	public boolean permits(Actor actor, PatientId patient, DataCategory category) {
		return decide(actor, patient, category, true) == Decision.ALLOWED;
	}

	/** Records a write that created the record (no policy can apply before it exists). */
	public void recordCreation(Actor actor, PatientId patient, String what) {
		publish(actor, patient, Action.WRITE, what, true);
	}

	/**
	 * For access the patient consented to outside the care team, decided by the module
	 * that holds that consent: a referral packet the patient approved for a clinician who
	 * is not (yet) on the team. Deny by default: the access is audited either way, and
	 * answers 404, like an unknown id, unless {@code consented}.
	 */
	public void requireConsented(Actor actor, PatientId patient, boolean consented, Action action, String what) {
		publish(actor, patient, action, what, consented);
		if (!consented) {
			throw notFound();
		}
	}

	/**
	 * Records a change made without a signed-in actor, such as accepting an invitation by
	 * its link.
	 */
	public void recordAnonymousWrite(PatientId patient, String what) {
		events.publishEvent(new RecordAccessed(clock.instant(), null, null, patient, Action.WRITE, what, true));
	}

	private void require(Actor actor, PatientId patient, DataCategory category, Action action, String what) {
		Decision decision = decide(actor, patient, category, true);
		publish(actor, patient, action, what + "/" + category.code(), decision == Decision.ALLOWED);
		switch (decision) {
			case ALLOWED -> {
			}
			case FORBIDDEN ->
				throw new ForbiddenException("The patient has not shared this part of their record with you.");
			case HIDDEN -> throw notFound();
		}
	}

	private Decision decide(Actor actor, PatientId patient, DataCategory category, boolean needGrant) {
		boolean owner = actor.owns(patient);
		boolean member = !owner && actor.role() == Role.CLINICIAN && roster.isActiveMember(patient, actor.id());
		boolean shared = member && needGrant && !category.alwaysShared()
				&& grants.with(patient, actor.id()).allows(category);
		return AccessRule.decide(owner, member, category, shared);
	}

	private void publish(@Nullable Actor actor, PatientId patient, Action action, String what, boolean allowed) {
		events.publishEvent(new RecordAccessed(clock.instant(), actor == null ? null : actor.id(),
				actor == null ? null : actor.role().name(), patient, action, what, allowed));
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No record with this id.");
	}

}
