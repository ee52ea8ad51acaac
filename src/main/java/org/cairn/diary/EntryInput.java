package org.cairn.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.MultiValueMap;

/**
 * Reads a diary entry from the API's JSON or from the page's form, collecting every
 * problem by field instead of stopping at the first, then applies {@link EntryRules}. A
 * value of the wrong type is a problem of its field, never a silent default. Pure: no
 * I/O.
 */
final class EntryInput {

	static final Set<String> JSON_FIELDS = Set.of("clientId", "date", "writtenAt", "pain", "attempts", "flare",
			"stress", "sleep", "cycleDay", "bowelNote", "bladderNote", "helped", "note", "redFlags");

	static final Set<String> ATTEMPT_FIELDS = Set.of("type", "dilatorSize", "pain", "location", "painAfterMinutes",
			"stopped");

	private EntryInput() {
	}

	/**
	 * What was read. {@code entry} is null when the date could not be read; the red flags
	 * are those answered with a known code, whatever else is wrong, so that a refused
	 * entry still raises them (hazard D03).
	 */
	record Read(@Nullable String clientId, @Nullable Instant writtenAt, @Nullable DiaryEntry entry,
			Set<String> redFlags, Map<String, String> problems) {

		boolean ok() {
			return problems.isEmpty() && entry != null;
		}

	}

	static Read fromJson(JsonNode root, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!root.isObject()) {
			problems.put("body", "Send the entry as a JSON object.");
			return new Read(null, null, null, Set.of(), problems);
		}
		for (String name : root.propertyNames()) {
			if (!JSON_FIELDS.contains(name)) {
				problems.put(name, "There is no field '" + name + "' in a diary entry.");
			}
		}
		String clientId = text(root, "clientId", problems);
		LocalDate date = date(text(root, "date", problems), problems);
		Instant writtenAt = instant(text(root, "writtenAt", problems), problems);
		Map<String, Integer> pain = new LinkedHashMap<>();
		JsonNode painNode = root.get("pain");
		if (painNode != null && !painNode.isNull()) {
			if (!painNode.isObject()) {
				problems.put("pain", "Give pain as an object of activity to 0–10, such as {\"sitting\": 3}.");
			}
			else {
				for (Map.Entry<String, JsonNode> e : painNode.properties()) {
					Integer value = integer(e.getValue(), "pain." + e.getKey(), problems);
					if (value != null) {
						pain.put(e.getKey(), value);
					}
					else if (!problems.containsKey("pain." + e.getKey())) {
						problems.put("pain." + e.getKey(), "Pain is a whole number from 0 to 10.");
					}
				}
			}
		}
		List<DiaryEntry.Attempt> attempts = new ArrayList<>();
		JsonNode attemptsNode = root.get("attempts");
		if (attemptsNode != null && !attemptsNode.isNull()) {
			if (!attemptsNode.isArray()) {
				problems.put("attempts", "Give attempts as a list.");
			}
			else if (attemptsNode.size() > DiaryCodes.MAX_ATTEMPTS) {
				problems.put("attempts", "At most " + DiaryCodes.MAX_ATTEMPTS + " attempts in one entry.");
			}
			else {
				for (int i = 0; i < attemptsNode.size(); i++) {
					DiaryEntry.Attempt attempt = attempt(attemptsNode.get(i), "attempts[" + i + "].", problems);
					if (attempt != null) {
						attempts.add(attempt);
					}
				}
			}
		}
		Boolean flare = bool(root.get("flare"), "flare", problems);
		Integer stress = integer(root.get("stress"), "stress", problems);
		Integer sleep = integer(root.get("sleep"), "sleep", problems);
		Integer cycleDay = integer(root.get("cycleDay"), "cycleDay", problems);
		String bowel = text(root, "bowelNote", problems);
		String bladder = text(root, "bladderNote", problems);
		String helped = text(root, "helped", problems);
		String note = text(root, "note", problems);
		Set<String> flags = new LinkedHashSet<>();
		JsonNode flagsNode = root.get("redFlags");
		if (flagsNode != null && !flagsNode.isNull()) {
			if (!flagsNode.isArray()) {
				problems.put("redFlags", "Give redFlags as a list of codes.");
			}
			else {
				for (JsonNode flag : flagsNode) {
					if (flag.isString()) {
						flags.add(flag.stringValue());
					}
					else {
						problems.put("redFlags", "Each red flag is a code such as \"bleeding-after-sex\".");
					}
				}
			}
		}
		return finish(clientId, writtenAt, date, pain, attempts, flare != null && flare, stress, sleep, cycleDay, bowel,
				bladder, helped, note, flags, problems, today);
	}

	/**
	 * The page's form: pain as {@code pain.<activity>} (empty for "not today"), one new
	 * attempt as {@code attempt.*} (no type for none), and the rest by their JSON names.
	 * Problems of the attempt are named {@code attempt.<field>}.
	 */
	static Read fromForm(MultiValueMap<String, String> form, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		String clientId = first(form, "clientId");
		LocalDate date = date(first(form, "date"), problems);
		Instant writtenAt = instant(first(form, "writtenAt"), problems);
		Map<String, Integer> pain = new LinkedHashMap<>();
		for (String activity : DiaryCodes.ACTIVITIES) {
			Integer value = number(first(form, "pain." + activity), "pain." + activity, problems);
			if (value != null) {
				pain.put(activity, value);
			}
		}
		form.keySet()
			.stream()
			.filter(k -> k.startsWith("pain.") && !DiaryCodes.ACTIVITIES.contains(k.substring(5)))
			.forEach(k -> problems.put(k, "There is no activity '" + k.substring(5) + "'."));
		List<DiaryEntry.Attempt> attempts = new ArrayList<>();
		String type = first(form, "attempt.type");
		if (type != null) {
			Map<String, String> attemptProblems = new LinkedHashMap<>();
			Integer attemptPain = number(first(form, "attempt.pain"), "pain", attemptProblems);
			if (attemptPain == null && !attemptProblems.containsKey("pain")) {
				attemptProblems.put("pain", "Say how much it hurt, 0 to 10.");
			}
			Integer size = number(first(form, "attempt.dilatorSize"), "dilatorSize", attemptProblems);
			Integer after = number(first(form, "attempt.painAfterMinutes"), "painAfterMinutes", attemptProblems);
			String location = first(form, "attempt.location");
			boolean stopped = "true".equals(first(form, "attempt.stopped"));
			attemptProblems.forEach((field, message) -> problems.put("attempts[0]." + field, message));
			if (attemptPain != null) {
				attempts.add(new DiaryEntry.Attempt(type, size, attemptPain, location, after, stopped));
			}
		}
		String flareValue = first(form, "flare");
		if (flareValue != null && !Set.of("yes", "no").contains(flareValue)) {
			problems.put("flare", "Say yes or no.");
		}
		Integer stress = number(first(form, "stress"), "stress", problems);
		Integer sleep = number(first(form, "sleep"), "sleep", problems);
		Integer cycleDay = number(first(form, "cycleDay"), "cycleDay", problems);
		Set<String> flags = new LinkedHashSet<>();
		List<String> flagValues = form.get("redFlags");
		if (flagValues != null) {
			flagValues.stream().filter(v -> v != null && !v.isBlank()).forEach(flags::add);
		}
		return finish(clientId, writtenAt, date, pain, attempts, "yes".equals(flareValue), stress, sleep, cycleDay,
				first(form, "bowelNote"), first(form, "bladderNote"), first(form, "helped"), first(form, "note"), flags,
				problems, today);
	}

	private static Read finish(@Nullable String clientId, @Nullable Instant writtenAt, @Nullable LocalDate date,
			Map<String, Integer> pain, List<DiaryEntry.Attempt> attempts, boolean flare, @Nullable Integer stress,
			@Nullable Integer sleep, @Nullable Integer cycleDay, @Nullable String bowel, @Nullable String bladder,
			@Nullable String helped, @Nullable String note, Set<String> flags, Map<String, String> problems,
			LocalDate today) {
		Set<String> known = new LinkedHashSet<>(flags);
		known.retainAll(DiaryCodes.RED_FLAGS);
		if (date == null) {
			problems.putIfAbsent("date", "Give the day as YYYY-MM-DD.");
			EntryRules.checkClientId(clientId, problems);
			return new Read(clientId, writtenAt, null, known, problems);
		}
		DiaryEntry entry = new DiaryEntry(date, pain, attempts, flare, stress, sleep, cycleDay, bowel, bladder, helped,
				note, flags);
		EntryRules.problems(clientId, entry, today).forEach(problems::putIfAbsent);
		return new Read(clientId, writtenAt, entry, known, problems);
	}

	private static DiaryEntry.@Nullable Attempt attempt(JsonNode node, String prefix, Map<String, String> problems) {
		if (node == null || !node.isObject()) {
			problems.put(prefix.substring(0, prefix.length() - 1), "Each attempt is an object.");
			return null;
		}
		for (String name : node.propertyNames()) {
			if (!ATTEMPT_FIELDS.contains(name)) {
				problems.put(prefix + name, "There is no field '" + name + "' in an attempt.");
			}
		}
		String type = text(node, "type", problems, prefix);
		Integer pain = integer(node.get("pain"), prefix + "pain", problems);
		Integer size = integer(node.get("dilatorSize"), prefix + "dilatorSize", problems);
		String location = text(node, "location", problems, prefix);
		Integer after = integer(node.get("painAfterMinutes"), prefix + "painAfterMinutes", problems);
		Boolean stopped = bool(node.get("stopped"), prefix + "stopped", problems);
		if (type == null) {
			problems.putIfAbsent(prefix + "type", "Say one of " + DiaryCodes.ATTEMPT_TYPES.keySet() + ".");
			return null;
		}
		if (pain == null) {
			problems.putIfAbsent(prefix + "pain", "Say how much it hurt, 0 to 10.");
			return null;
		}
		return new DiaryEntry.Attempt(type, size, pain, location, after, stopped != null && stopped);
	}

	private static @Nullable String text(JsonNode node, String field, Map<String, String> problems) {
		return text(node, field, problems, "");
	}

	private static @Nullable String text(JsonNode node, String field, Map<String, String> problems, String prefix) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			problems.put(prefix + field, "Give " + field + " as text.");
			return null;
		}
		return value.stringValue();
	}

	private static @Nullable Integer integer(@Nullable JsonNode value, String field, Map<String, String> problems) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			problems.put(field, "Give a whole number.");
			return null;
		}
		return value.intValue();
	}

	private static @Nullable Boolean bool(@Nullable JsonNode value, String field, Map<String, String> problems) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			problems.put(field, "Give true or false.");
			return null;
		}
		return value.booleanValue();
	}

	private static @Nullable Integer number(@Nullable String text, String field, Map<String, String> problems) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.put(field, "Give a whole number.");
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String text, Map<String, String> problems) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put("date", "Give the day as YYYY-MM-DD.");
			return null;
		}
	}

	private static @Nullable Instant instant(@Nullable String text, Map<String, String> problems) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put("writtenAt",
					"Give writtenAt as an ISO instant such as 2026-01-31T08:15:00Z, or leave it out.");
			return null;
		}
	}

	/** A form value, with an empty or blank one read as not given. */
	private static @Nullable String first(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null || value.isBlank() ? null : value;
	}

}
