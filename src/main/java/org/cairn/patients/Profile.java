package org.cairn.patients;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a patient says about themselves, validated as a whole so a form shows every
 * problem at once. Blank optional fields are stored as absent.
 */
public record Profile(@Nullable String preferredName, @Nullable String pronouns, @Nullable LocalDate dateOfBirth,
		ZoneId timeZone, Locale language) {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	public static Profile of(@Nullable String preferredName, @Nullable String pronouns, @Nullable String dateOfBirth,
			@Nullable String timeZone, @Nullable String language, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = blankToNull(preferredName);
		if (name != null && name.length() > 100) {
			errors.put("preferredName", "Use at most 100 characters.");
		}
		String pro = blankToNull(pronouns);
		if (pro != null && pro.length() > 60) {
			errors.put("pronouns", "Use at most 60 characters.");
		}
		LocalDate born = null;
		String dob = blankToNull(dateOfBirth);
		if (dob != null) {
			try {
				born = LocalDate.parse(dob);
				if (born.isAfter(today) || born.isBefore(today.minusYears(120))) {
					errors.put("dateOfBirth", "Enter a date of birth in the past, as YYYY-MM-DD.");
				}
			}
			catch (DateTimeParseException ex) {
				errors.put("dateOfBirth", "Enter a date of birth in the past, as YYYY-MM-DD.");
			}
		}
		ZoneId zone = null;
		try {
			zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
		}
		catch (DateTimeException ex) {
			errors.put("timeZone", "Choose a time zone from the list, such as Europe/London.");
		}
		Locale locale = language(language);
		if (locale == null) {
			errors.put("language", "Choose a language from the list.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Some answers need a second look.", errors);
		}
		return new Profile(name, pro, born, zone, locale);
	}

	static @Nullable Locale language(@Nullable String code) {
		if (code == null) {
			return null;
		}
		String lang = code.strip().toLowerCase(Locale.ROOT);
		return LANGUAGES.contains(lang) ? Locale.forLanguageTag(lang) : null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
