package org.cairn.team;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cairn.consent.CareTeamRoster;
import org.cairn.identity.Accounts;
import org.cairn.identity.Role;
import org.cairn.platform.AccountId;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's care team. A team member suggests a colleague from any practice; the
 * colleague joins only when the patient accepts. The patient can end anyone's membership
 * at any time. Callers have already passed the access policy.
 */
@Service
public class CareTeam implements CareTeamRoster {

	private final JdbcTeam team;

	private final Accounts accounts;

	private final Clock clock;

	CareTeam(JdbcTeam team, Accounts accounts, Clock clock) {
		this.team = team;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public boolean isActiveMember(PatientId patient, AccountId clinician) {
		return team.status(patient, clinician).filter(TeamStatus.ACTIVE::equals).isPresent();
	}

	@Override
	public List<RosterEntry> activeMembers(PatientId patient) {
		return team.members(patient)
			.stream()
			.filter(m -> m.status() == TeamStatus.ACTIVE)
			.map(m -> new RosterEntry(m.clinicianId(), m.displayName(), m.discipline().code(), m.practice()))
			.toList();
	}

	public List<TeamMember> members(PatientId patient) {
		return team.members(patient);
	}

	@Override
	public java.util.Set<PatientId> activePatientsOf(AccountId clinician) {
		return new java.util.LinkedHashSet<>(team.activePatientsOf(clinician));
	}

	/** The clinician who invited a new patient is on their team from the start. */
	@Transactional
	public void startWith(PatientId patient, AccountId clinician) {
		requireClinician(clinician);
		team.insert(patient, clinician, TeamStatus.ACTIVE, null, clock.instant());
	}

	/** A team member suggests a colleague; the patient decides. */
	@Transactional
	public void invite(PatientId patient, AccountId colleague, AccountId invitedBy) {
		requireClinician(colleague);
		Optional<TeamStatus> current = team.status(patient, colleague);
		if (current.isEmpty()) {
			team.insert(patient, colleague, TeamStatus.INVITED, invitedBy, clock.instant());
			return;
		}
		switch (current.get()) {
			case ACTIVE -> throw new ConflictException("This clinician is already on the care team.");
			case INVITED -> throw new ConflictException("This clinician has already been suggested.");
			case DECLINED, ENDED -> {
				team.transition(patient, colleague, TeamStatus.INVITED, clock.instant(), current.get());
				team.invitedBy(patient, colleague, invitedBy);
			}
		}
	}

	@Transactional
	public void accept(PatientId patient, AccountId clinician) {
		if (!team.transition(patient, clinician, TeamStatus.ACTIVE, clock.instant(), TeamStatus.INVITED)) {
			throw new ConflictException("There is no open invitation for this clinician.");
		}
	}

	@Transactional
	public void decline(PatientId patient, AccountId clinician) {
		if (!team.transition(patient, clinician, TeamStatus.DECLINED, clock.instant(), TeamStatus.INVITED)) {
			throw new ConflictException("There is no open invitation for this clinician.");
		}
	}

	/**
	 * Ends a membership. Nothing the clinician wrote is removed; they simply stop seeing
	 * the record.
	 */
	@Transactional
	public void end(PatientId patient, AccountId clinician) {
		if (!team.transition(patient, clinician, TeamStatus.ENDED, clock.instant(), TeamStatus.ACTIVE)) {
			throw new ConflictException("This clinician is not an active member of the care team.");
		}
	}

	@Transactional
	public void saveProfile(ClinicianProfile profile) {
		requireClinicianAccount(profile.id());
		team.upsertProfile(profile);
	}

	public List<DirectoryEntry> directory() {
		return team.directory();
	}

	/** A clinician's directory facts, if they are listed. */
	public Optional<ClinicianProfile> profile(AccountId clinician) {
		return team.profile(clinician);
	}

	/**
	 * A clinician account that is listed in the directory (a team page needs their
	 * discipline).
	 */
	private void requireClinician(AccountId id) {
		requireClinicianAccount(id);
		if (team.profile(id).isEmpty()) {
			throw InvalidInputException.field("clinicianId", "No clinician with this id.");
		}
	}

	private void requireClinicianAccount(AccountId id) {
		accounts.find(id)
			.filter(a -> a.role() == Role.CLINICIAN && a.enabled())
			.orElseThrow(() -> InvalidInputException.field("clinicianId", "No clinician with this id."));
	}

}
