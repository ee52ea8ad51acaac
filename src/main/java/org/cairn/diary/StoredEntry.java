package org.cairn.diary;

import java.time.Instant;
import java.util.UUID;

/**
 * A diary entry as stored: never changed afterwards.
 *
 * @param writtenAt when the patient wrote it (the device's time for an entry saved
 * offline, never later than its arrival); orders the entries of one day
 * @param recordedAt when Cairn stored it
 */
record StoredEntry(UUID id, String clientId, DiaryEntry entry, Instant writtenAt, Instant recordedAt, String bodyHash) {

	/** Latest written first wins the day; arrival and id break ties. */
	static final java.util.Comparator<StoredEntry> ORDER = java.util.Comparator.comparing(StoredEntry::writtenAt)
		.thenComparing(StoredEntry::recordedAt)
		.thenComparing(StoredEntry::id);

}
