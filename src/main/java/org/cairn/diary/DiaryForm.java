package org.cairn.diary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * What the diary form shows, as text: the day's own values when it has an entry (so a new
 * save amends it), otherwise defaults from the most recent earlier day, otherwise blank;
 * or exactly what the patient sent when the form comes back with errors.
 * <p>
 * Defaults from an earlier day carry the everyday values only (sitting, exercise, other
 * pain, stress, sleep, the cycle day moved on by the days between): pain with
 * penetration, a tampon or an exam belongs to that day's attempts and is never carried
 * forward, and neither are a flare, notes or safety answers.
 */
record DiaryForm(String clientId, String date, Map<String, String> pain, String flare, String stress, String sleep,
		String cycleDay, String bowelNote, String bladderNote, String helped, String note, Set<String> redFlags,
		Map<String, String> attempt) {

	private static final Set<String> EVERYDAY = Set.of("sitting", "exercise", "other");

	static DiaryForm blank(LocalDate date) {
		return new DiaryForm(newClientId(), date.toString(), Map.of(), "no", "", "", "", "", "", "", "", Set.of(),
				Map.of());
	}

	/** The day's own values, to amend it. */
	static DiaryForm amending(Day day) {
		DiaryEntry e = day.current().entry();
		Map<String, String> pain = new LinkedHashMap<>();
		e.pain().forEach((activity, value) -> pain.put(activity, value.toString()));
		return new DiaryForm(newClientId(), day.date().toString(), pain, e.flare() ? "yes" : "no", text(e.stress()),
				text(e.sleep()), text(e.cycleDay()), text(e.bowelNote()), text(e.bladderNote()), text(e.helped()),
				text(e.note()), Set.of(), Map.of());
	}

	/** Everyday values of an earlier day, for a day without an entry yet. */
	static DiaryForm following(Day earlier, LocalDate date) {
		DiaryEntry e = earlier.current().entry();
		Map<String, String> pain = new LinkedHashMap<>();
		e.pain().forEach((activity, value) -> {
			if (EVERYDAY.contains(activity)) {
				pain.put(activity, value.toString());
			}
		});
		String cycle = "";
		if (e.cycleDay() != null) {
			long next = e.cycleDay() + java.time.temporal.ChronoUnit.DAYS.between(earlier.date(), date);
			cycle = next <= DiaryCodes.MAX_CYCLE_DAY ? Long.toString(next) : "";
		}
		return new DiaryForm(newClientId(), date.toString(), pain, "no", text(e.stress()), text(e.sleep()), cycle, "",
				"", "", "", Set.of(), Map.of());
	}

	/** What the patient sent, to show again with the errors. */
	static DiaryForm sent(MultiValueMap<String, String> form) {
		Map<String, String> pain = new LinkedHashMap<>();
		for (String activity : DiaryCodes.ACTIVITIES) {
			pain.put(activity, value(form, "pain." + activity));
		}
		Map<String, String> attempt = new LinkedHashMap<>();
		for (String field : List.of("type", "dilatorSize", "pain", "location", "painAfterMinutes", "stopped")) {
			attempt.put(field, value(form, "attempt." + field));
		}
		List<String> flags = form.get("redFlags");
		String clientId = value(form, "clientId");
		return new DiaryForm(clientId.isEmpty() ? newClientId() : clientId, value(form, "date"), pain,
				value(form, "flare").isEmpty() ? "no" : value(form, "flare"), value(form, "stress"),
				value(form, "sleep"), value(form, "cycleDay"), value(form, "bowelNote"), value(form, "bladderNote"),
				value(form, "helped"), value(form, "note"), flags == null ? Set.of() : new LinkedHashSet<>(flags),
				attempt);
	}

	DiaryForm withNewClientId() {
		return new DiaryForm(newClientId(), date, pain, flare, stress, sleep, cycleDay, bowelNote, bladderNote, helped,
				note, redFlags, attempt);
	}

	public String painOf(String activity) {
		return pain.getOrDefault(activity, "");
	}

	public String attemptValue(String field) {
		return attempt.getOrDefault(field, "");
	}

	public boolean flagged(String code) {
		return redFlags.contains(code);
	}

	private static String newClientId() {
		return UUID.randomUUID().toString();
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null ? "" : value;
	}

}
