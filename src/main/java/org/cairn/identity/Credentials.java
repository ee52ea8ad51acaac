package org.cairn.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A username and password a person chose; refuses ones that cannot be used safely. */
public record Credentials(String username, String password) {

	static final int MIN_PASSWORD = 10;

	static final int MAX_PASSWORD = 128;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	public static Credentials of(@Nullable String username, @Nullable String password) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			errors.put("username", "Use 3 to 64 lower-case letters, digits, dots, dashes or underscores.");
		}
		if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
			errors.put("password", "Use a password of " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The username or password cannot be used.", errors);
		}
		return new Credentials(name, password);
	}

	@Override
	public String toString() {
		return "Credentials[username=" + username + "]";
	}

}
