package org.cairn.platform;

import java.util.UUID;
import java.util.regex.Pattern;

final class Ids {

	// UUID.fromString accepts odd forms such as "1-1-1-1-1"; ids in URLs must be
	// canonical.
	private static final Pattern CANONICAL = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private Ids() {
	}

	static UUID parse(String text) {
		if (text == null || !CANONICAL.matcher(text).matches()) {
			throw new NotFoundException("No record with this id.");
		}
		return UUID.fromString(text);
	}

}
