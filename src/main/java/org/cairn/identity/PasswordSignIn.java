package org.cairn.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, for the sign-in page and the token endpoint alike, with
 * the throttle in front. An unknown username costs the same hashing work as a wrong
 * password, so timing does not reveal which usernames exist.
 */
@Component
class PasswordSignIn {

	private final JdbcAccounts accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final String decoyHash;

	PasswordSignIn(JdbcAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.decoyHash = passwords.encode("decoy-password-for-timing");
	}

	Account signIn(String rawUsername, String password, String address) {
		String username = rawUsername.strip().toLowerCase(java.util.Locale.ROOT);
		throttle.check(username, address);
		var found = accounts.byUsername(username);
		String hash = found.map(JdbcAccounts.AccountWithHash::passwordHash).orElse(decoyHash);
		boolean matches = passwords.matches(password, hash);
		if (found.isEmpty() || !matches || !found.get().account().enabled()) {
			throttle.failed(username, address);
			throw new BadCredentialsException("bad credentials");
		}
		throttle.succeeded(username);
		if (passwords.upgradeEncoding(hash)) {
			accounts.updatePasswordHash(found.get().account().id(), passwords.encode(password));
		}
		return found.get().account();
	}

}
