package org.cairn.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.Sha256;
import org.cairn.platform.AccountId;
import org.cairn.platform.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API. Only a hash is stored, lookups are by that hash, and
 * a token lives one hour, so a leaked database row or log line is of little use.
 */
@Component
class ApiTokens {

	static final Duration LIFETIME = Duration.ofHours(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final JdbcAccounts accounts;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, JdbcAccounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	String issue(AccountId account) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("delete from identity_api_token where account_id = ? and expires_at <= ?")
			.params(account.value(), Timestamps.utc(now))
			.update();
		jdbc.sql("insert into identity_api_token (token_hash, account_id, expires_at) values (?, ?, ?)")
			.params(hash(token), account.value(), Timestamps.utc(now.plus(LIFETIME)))
			.update();
		return token;
	}

	Optional<Account> authenticate(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id from identity_api_token where token_hash = ? and expires_at > ?")
			.params(hash(token), Timestamps.utc(clock.instant()))
			.query(UUID.class)
			.optional()
			.flatMap(id -> accounts.byId(new AccountId(id)))
			.filter(Account::enabled);
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

}
