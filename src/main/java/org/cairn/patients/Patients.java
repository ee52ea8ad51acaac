package org.cairn.patients;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Actor;
import org.cairn.identity.Credentials;
import org.cairn.platform.Sha256;
import org.cairn.platform.GoneException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.Schedules;
import org.cairn.team.CareTeam;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient records and invitations. Callers pass the access policy first; these methods
 * assume the caller may do what they ask.
 */
@Service
public class Patients {

	static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

	private final SecureRandom random = new SecureRandom();

	private final JdbcPatients patients;

	private final Accounts accounts;

	private final CareTeam team;

	private final Clock clock;

	Patients(JdbcPatients patients, Accounts accounts, CareTeam team, Clock clock) {
		this.patients = patients;
		this.accounts = accounts;
		this.team = team;
		this.clock = clock;
	}

	public record Invited(Patient patient, String invitationToken) {
	}

	/**
	 * A clinician invites a patient, and is on the patient's care team from the start.
	 */
	@Transactional
	public Invited invite(Actor clinician, NewPatient details) {
		Instant now = clock.instant();
		Patient patient = new Patient(PatientId.random(), details.name(), null, null, details.email(), null,
				DEFAULT_ZONE, details.language(), null, now);
		patients.insert(patient, clinician.id());
		team.startWith(patient.id(), clinician.id());
		String token = newToken();
		patients.insertInvitation(hash(token), patient.id(), clinician.id(), now, now.plus(INVITATION_LIFETIME));
		return new Invited(patient, token);
	}

	/**
	 * The patient an unused, unexpired invitation is for; 404 for an unknown token, 410
	 * for a spent one.
	 */
	public Patient invitation(String token) {
		var row = patients.invitation(hash(token)).orElseThrow(() -> new NotFoundException("No such invitation."));
		if (row.usedAt() != null || !row.expiresAt().isAfter(clock.instant())) {
			throw new GoneException(
					"This invitation has already been used or has expired. " + "Ask your clinician for a new one.");
		}
		return patients.find(row.patient()).orElseThrow();
	}

	/**
	 * Accepts an invitation: creates the patient's account, once. An optional profile
	 * comes with it.
	 */
	@Transactional
	public Account activate(String token, Credentials credentials, Optional<Profile> profile) {
		Patient patient = invitation(token);
		if (!patients.useInvitation(hash(token), clock.instant())) {
			throw new GoneException("This invitation has already been used or has expired.");
		}
		Account account = accounts.createPatientAccount(credentials,
				profile.map(Profile::preferredName).filter(n -> n != null).orElse(patient.legalName()), patient.id());
		patients.linkAccount(patient.id(), account.id());
		profile.ifPresent(p -> patients.updateProfile(patient.id(), p, clock.instant()));
		return account;
	}

	public Optional<Patient> find(PatientId id) {
		return patients.find(id);
	}

	public List<Patient> findAll(Collection<PatientId> ids) {
		return patients.findAll(ids);
	}

	/** What the questionnaire schedule needs to know of each patient; one query. */
	public List<Schedules.Enrolment> enrolments(Collection<PatientId> ids) {
		return patients.enrolments(ids);
	}

	@Transactional
	public void updateProfile(PatientId id, Profile profile) {
		patients.find(id).orElseThrow(() -> new NotFoundException("No record with this id."));
		patients.updateProfile(id, profile, clock.instant());
	}

	private String newToken() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

}
