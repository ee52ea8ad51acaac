package org.cairn.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cairn.platform.AccountId;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and finds accounts and practices. The only way other modules touch identity
 * data.
 */
@Service
public class Accounts {

	private final JdbcAccounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(JdbcAccounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional
	public Practice createPractice(String name, @Nullable String crisisContact) {
		if (name.isBlank() || name.length() > 200) {
			throw InvalidInputException.field("name", "Give the practice a name of at most 200 characters.");
		}
		Practice practice = new Practice(PracticeId.random(), name.strip(), crisisContact);
		accounts.insertPractice(practice, clock.instant());
		return practice;
	}

	/** Staff accounts: clinicians and practice admins belong to a practice. */
	@Transactional
	public Account createStaff(Credentials credentials, Role role, String displayName, PracticeId practice) {
		if (role != Role.CLINICIAN && role != Role.PRACTICE_ADMIN) {
			throw new IllegalArgumentException("staff role expected: " + role);
		}
		return create(credentials, role, displayName, practice, null);
	}

	/**
	 * The account that owns a patient record; made when the patient accepts their
	 * invitation.
	 */
	@Transactional
	public Account createPatientAccount(Credentials credentials, String displayName, PatientId patient) {
		return create(credentials, Role.PATIENT, displayName, null, patient);
	}

	private Account create(Credentials credentials, Role role, String displayName, @Nullable PracticeId practice,
			@Nullable PatientId patient) {
		if (accounts.usernameTaken(credentials.username())) {
			throw new ConflictException("This username is taken. Please choose another.");
		}
		Account account = new Account(AccountId.random(), credentials.username(), role, displayName.strip(), practice,
				patient, true, clock.instant());
		accounts.insert(account, passwords.encode(credentials.password()));
		return account;
	}

	/**
	 * Sets a new password; for the demo practice, whose password is chosen at each start.
	 */
	@Transactional
	public void setPassword(String username, String password) {
		Credentials checked = Credentials.of(username, password);
		accounts.byUsername(checked.username())
			.ifPresent(found -> accounts.updatePasswordHash(found.account().id(), passwords.encode(password)));
	}

	public Optional<Account> findByUsername(String username) {
		return accounts.byUsername(username).map(JdbcAccounts.AccountWithHash::account);
	}

	public Optional<Account> find(AccountId id) {
		return accounts.byId(id);
	}

	public Map<AccountId, Account> findAll(Collection<AccountId> ids) {
		return accounts.byIds(ids).stream().collect(Collectors.toMap(Account::id, Function.identity()));
	}

	public List<Account> membersOf(PracticeId practice) {
		return accounts.inPractice(practice);
	}

	public Map<PracticeId, Practice> practices(Collection<PracticeId> ids) {
		return accounts.practices(ids).stream().collect(Collectors.toMap(Practice::id, Function.identity()));
	}

	public Optional<Practice> practice(PracticeId id) {
		return accounts.practices(List.of(id)).stream().findFirst();
	}

}
