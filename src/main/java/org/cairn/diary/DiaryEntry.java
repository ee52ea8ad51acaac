package org.cairn.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * One diary entry as the patient wrote it, for one day (the patient's own date, in the
 * time zone of their profile). {@link DiaryEntries#record} checks it against
 * {@link EntryRules}; this record only keeps its collections immutable and ordered, so
 * that the same entry always reads the same ({@link #canonical()}).
 *
 * @param pain pain 0–10 by activity code (CLINICAL.md 3b {@code pain-activities}); only
 * the activities the patient did or felt today
 * @param attempts penetration attempts in the order they were logged
 * @param sleep how the patient slept last night, 1 (very badly) to 5 (very well)
 * @param cycleDay day of the menstrual cycle, 1–60, when the patient tracks it
 * @param redFlags codes of the safety questions answered yes (see
 * {@link DiaryCodes#RED_FLAGS})
 */
public record DiaryEntry(LocalDate date, Map<String, Integer> pain, List<Attempt> attempts, boolean flare,
		@Nullable Integer stress, @Nullable Integer sleep, @Nullable Integer cycleDay, @Nullable String bowelNote,
		@Nullable String bladderNote, @Nullable String helped, @Nullable String note, Set<String> redFlags) {

	public DiaryEntry {
		Objects.requireNonNull(date, "date");
		pain = java.util.Collections.unmodifiableMap(new TreeMap<>(pain));
		attempts = List.copyOf(attempts);
		redFlags = java.util.Collections.unmodifiableSet(new TreeSet<>(redFlags));
		bowelNote = blankToNull(bowelNote);
		bladderNote = blankToNull(bladderNote);
		helped = blankToNull(helped);
		note = blankToNull(note);
	}

	/**
	 * One penetration attempt (CLINICAL.md section 3). Stopping is the patient's choice
	 * and is recorded as such, never as a failure.
	 *
	 * @param type {@code tampon}, {@code finger}, {@code dilator}, {@code partner} or
	 * {@code pelvic-exam}
	 * @param dilatorSize the number of the dilator in the patient's set, 1–10; only for a
	 * dilator
	 * @param location {@code superficial} (at the entrance), {@code deep} or
	 * {@code both}; null when not said
	 * @param painAfterMinutes how long pain lasted afterwards, 0–4320 minutes; null when
	 * not said
	 */
	public record Attempt(String type, @Nullable Integer dilatorSize, int pain, @Nullable String location,
			@Nullable Integer painAfterMinutes, boolean stopped) {

		public Attempt {
			Objects.requireNonNull(type, "type");
		}

		/** The pain activity this attempt counts towards (see {@link DiaryCodes}). */
		public String activity() {
			return DiaryCodes.activityOf(type);
		}

	}

	/**
	 * The entry as one stable line of text, the same for the same entry however it was
	 * sent (key order, whitespace, form or JSON): what a replay is compared by.
	 */
	String canonical() {
		StringBuilder out = new StringBuilder();
		out.append("date=").append(date);
		out.append("|pain=").append(pain);
		out.append("|attempts=");
		for (Attempt a : attempts) {
			out.append('[')
				.append(a.type())
				.append(',')
				.append(a.dilatorSize())
				.append(',')
				.append(a.pain())
				.append(',')
				.append(a.location())
				.append(',')
				.append(a.painAfterMinutes())
				.append(',')
				.append(a.stopped())
				.append(']');
		}
		out.append("|flare=").append(flare);
		out.append("|stress=").append(stress);
		out.append("|sleep=").append(sleep);
		out.append("|cycleDay=").append(cycleDay);
		out.append("|bowel=").append(quoted(bowelNote));
		out.append("|bladder=").append(quoted(bladderNote));
		out.append("|helped=").append(quoted(helped));
		out.append("|note=").append(quoted(note));
		out.append("|redFlags=").append(redFlags);
		return out.toString();
	}

	private static String quoted(@Nullable String text) {
		return text == null ? "null" : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
