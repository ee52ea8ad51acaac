package org.cairn.team;

import java.util.List;
import java.util.Locale;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A search of the clinician directory: each fact that is set must match; search words
 * match the name or the practice, ignoring case. Plain data, shared by the directory page
 * and {@code GET /api/v1/clinicians}.
 *
 * @param language a language code such as {@code es}
 * @param q words to find in the name or practice
 */
record DirectoryFilter(@Nullable Discipline discipline, @Nullable Boolean accepting, @Nullable Boolean telehealth,
		@Nullable Boolean externalOnly, @Nullable Boolean training, @Nullable String language, String q) {

	/** Languages a clinician can list, as codes with words in the message bundle. */
	static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt", "it", "nl", "pl", "ar", "zh");

	static final int Q_MAX = 100;

	static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null, "");

	/** Reads a filter from request parameters, naming the first one that is wrong. */
	static DirectoryFilter parse(@Nullable String discipline, @Nullable String accepting, @Nullable String telehealth,
			@Nullable String externalOnly, @Nullable String training, @Nullable String language, @Nullable String q) {
		Discipline d = blank(discipline) ? null : Discipline.fromCode(discipline)
			.orElseThrow(() -> InvalidInputException.field("discipline", "Unknown discipline."));
		if (!blank(language) && !LANGUAGES.contains(language)) {
			throw InvalidInputException.field("language", "Unknown language code.");
		}
		String words = q == null ? "" : q.strip();
		if (words.length() > Q_MAX) {
			throw InvalidInputException.field("q", "Search with at most " + Q_MAX + " characters.");
		}
		return new DirectoryFilter(d, bool("accepting", accepting), bool("telehealth", telehealth),
				bool("externalOnly", externalOnly), bool("training", training), blank(language) ? null : language,
				words);
	}

	boolean matches(DirectoryEntry entry) {
		ClinicianProfile p = entry.profile();
		return (discipline == null || p.discipline() == discipline)
				&& (accepting == null || p.acceptingNewPatients() == accepting)
				&& (telehealth == null || p.telehealth() == telehealth)
				&& (externalOnly == null || p.externalOnlyCare() == externalOnly)
				&& (training == null || p.sexualHealthTraining() == training)
				&& (language == null || p.languages().contains(language)) && words(entry);
	}

	private boolean words(DirectoryEntry entry) {
		if (q.isEmpty()) {
			return true;
		}
		String haystack = (entry.displayName() + " " + (entry.practice() == null ? "" : entry.practice()))
			.toLowerCase(Locale.ROOT);
		for (String word : q.toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable Boolean bool(String field, @Nullable String value) {
		if (blank(value)) {
			return null;
		}
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw InvalidInputException.field(field, "Say true or false.");
		};
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
