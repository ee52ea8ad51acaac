package org.cairn.patients;

import java.util.ArrayList;
import java.util.List;

/**
 * The short lists a form offers for time zone and language. Short on purpose: a phone is
 * a poor place to scroll six hundred zones. A value already on the record is always
 * offered, so saving a form never changes what the person did not touch.
 */
final class ProfileChoices {

	static final String DEFAULT_ZONE = "Europe/London";

	static final List<String> ZONES = List.of("Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris",
			"Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Warsaw",
			"Europe/Athens", "America/St_Johns", "America/Halifax", "America/New_York", "America/Toronto",
			"America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Vancouver",
			"America/Anchorage", "Pacific/Honolulu", "America/Mexico_City", "America/Sao_Paulo", "Africa/Lagos",
			"Africa/Johannesburg", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Perth",
			"Australia/Sydney", "Pacific/Auckland", "UTC");

	/** Languages with a name in the message bundle ({@code language.<code>}). */
	static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt", "it", "nl", "pl", "ar", "zh");

	private ProfileChoices() {
	}

	static List<String> zones(String current) {
		return withCurrent(ZONES, current);
	}

	static List<String> languages(String current) {
		return withCurrent(LANGUAGES, current);
	}

	private static List<String> withCurrent(List<String> choices, String current) {
		if (current.isBlank() || choices.contains(current)) {
			return choices;
		}
		List<String> all = new ArrayList<>(choices);
		all.add(current);
		return all;
	}

}
