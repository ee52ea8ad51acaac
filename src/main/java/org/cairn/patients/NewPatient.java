package org.cairn.patients;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What a clinician enters to invite a patient. */
public record NewPatient(String name, String email, Locale language) {

	// Deliberately loose: one @, something on each side, a dot in the domain. Delivery
	// proves the rest.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public static NewPatient of(@Nullable String name, @Nullable String email, @Nullable String language) {
		Map<String, String> errors = new LinkedHashMap<>();
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 200) {
			errors.put("name", "Enter the patient's name (at most 200 characters).");
		}
		String e = email == null ? "" : email.strip();
		if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
			errors.put("email", "Enter an email address such as name@example.org.");
		}
		Locale locale = Profile.language(language == null || language.isBlank() ? "en" : language);
		if (locale == null) {
			errors.put("language", "Use a two-letter language code such as en or es.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Some details need a second look.", errors);
		}
		return new NewPatient(n, e, locale);
	}

}
