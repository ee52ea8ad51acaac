package org.cairn.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The examination form's rules, free of I/O: reads what a clinician charted into checked
 * entries (refusing the whole form, naming every problem, when anything is wrong), turns
 * entries into findings for the contributor map, and picks the current findings from a
 * patient's history.
 */
final class ExamForm {

	static final int MAX_ENTRIES = 60;

	static final int MAX_DETAIL = 200;

	private ExamForm() {
	}

	/**
	 * Checks every entry; returns them all or refuses with each problem named
	 * {@code <field>.<part>}, where part is item, route, result, value, points or detail.
	 */
	static List<ExamEntry> read(@Nullable List<ExamEntry.Raw> raws) {
		if (raws == null || raws.isEmpty()) {
			throw InvalidInputException.field("findings", "Send at least one finding.");
		}
		if (raws.size() > MAX_ENTRIES) {
			throw InvalidInputException.field("findings",
					"Send at most " + MAX_ENTRIES + " findings at once; this form has " + raws.size() + ".");
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<ExamEntry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ExamEntry.Raw raw : raws) {
			if (raw == null) {
				errors.put("findings", "A finding is empty.");
				continue;
			}
			ExamEntry entry = read(raw, errors);
			if (entry != null && !seen.add(entry.item().code() + "/" + entry.route().code())) {
				errors.put(raw.field() + ".item", "The item " + entry.item().code() + " (" + entry.route().code()
						+ ") is charted twice in one form; send it once.");
			}
			if (entry != null) {
				entries.add(entry);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Some findings need attention; nothing was recorded.", errors);
		}
		return List.copyOf(entries);
	}

	private static @Nullable ExamEntry read(ExamEntry.Raw raw, Map<String, String> errors) {
		String f = raw.field();
		if (raw.item() == null || raw.item().isBlank()) {
			errors.put(f + ".item", "Say which item was examined.");
			return null;
		}
		ExamItem item = ExamItem.fromCode(raw.item()).orElse(null);
		if (item == null) {
			errors.put(f + ".item", "Unknown item \"" + abbreviate(raw.item()) + "\"; known items: "
					+ java.util.Arrays.stream(ExamItem.values()).map(ExamItem::code).collect(Collectors.joining(", "))
					+ ".");
			return null;
		}
		Route route = route(item, raw, errors);
		int before = errors.size();
		String result = null;
		Integer value = null;
		List<Integer> points = List.of();
		switch (item.kind()) {
			case CHOICE -> {
				if (raw.result() == null) {
					errors.put(f + ".result",
							"Choose a result for " + item.code() + ": " + String.join(", ", item.resultCodes()) + ".");
				}
				else if (item.result(raw.result()).isEmpty()) {
					errors.put(f + ".result", "Unknown result \"" + abbreviate(raw.result()) + "\" for " + item.code()
							+ "; use one of " + String.join(", ", item.resultCodes()) + ".");
				}
				else {
					result = raw.result();
				}
				refuseExtra(f, item, raw.value() != null, "value", errors);
				refuseExtra(f, item, raw.points() != null, "points", errors);
			}
			case SCALE -> {
				if (raw.value() == null) {
					errors.put(f + ".value", "Give " + item.code() + " as a whole number from " + item.min() + " to "
							+ item.max() + ".");
				}
				else if (raw.value() < item.min() || raw.value() > item.max()) {
					errors.put(f + ".value", item.code() + " runs from " + item.min() + " to " + item.max() + "; "
							+ raw.value() + " is outside it.");
				}
				else {
					value = raw.value();
				}
				refuseExtra(f, item, raw.result() != null, "result", errors);
				refuseExtra(f, item, raw.points() != null, "points", errors);
			}
			case POINTS -> {
				if (raw.points() == null) {
					errors.put(f + ".points",
							"List the tender clock positions (1 to 12), or an empty list when none were tender.");
				}
				else {
					List<Integer> sorted = new ArrayList<>();
					for (Integer point : raw.points()) {
						if (point == null || point < ExamItem.CLOCK_MIN || point > ExamItem.CLOCK_MAX) {
							errors.put(f + ".points", "Clock positions run from 1 to 12; " + point + " is not one.");
						}
						else if (sorted.contains(point)) {
							errors.put(f + ".points", "The clock position " + point + " is listed twice.");
						}
						else {
							sorted.add(point);
						}
					}
					sorted.sort(Comparator.naturalOrder());
					points = sorted;
				}
				refuseExtra(f, item, raw.result() != null, "result", errors);
				refuseExtra(f, item, raw.value() != null, "value", errors);
			}
		}
		String detail = null;
		if (raw.detail() != null && !raw.detail().isBlank()) {
			detail = raw.detail().strip();
			if (detail.length() > MAX_DETAIL) {
				errors.put(f + ".detail", "Keep the detail to at most " + MAX_DETAIL + " characters.");
			}
		}
		if (route == null || errors.size() > before) {
			return null;
		}
		return new ExamEntry(item, route, result, value, points, detail);
	}

	private static @Nullable Route route(ExamItem item, ExamEntry.Raw raw, Map<String, String> errors) {
		if (raw.route() == null) {
			if (item.routes().size() == 1) {
				return item.routes().iterator().next();
			}
			errors.put(raw.field() + ".route", "Say whether " + item.code() + " was examined external or internal.");
			return null;
		}
		Route route = Route.fromCode(raw.route()).orElse(null);
		if (route == null) {
			errors.put(raw.field() + ".route",
					"Unknown route \"" + abbreviate(raw.route()) + "\"; use external or internal.");
			return null;
		}
		if (!item.allows(route)) {
			errors.put(raw.field() + ".route",
					item.code() + " is recorded " + item.routes().iterator().next().code() + " only.");
			return null;
		}
		return route;
	}

	private static void refuseExtra(String field, ExamItem item, boolean present, String part,
			Map<String, String> errors) {
		if (present) {
			errors.put(field + "." + part, item.code() + " takes no " + part + ".");
		}
	}

	private static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	/**
	 * The findings an entry becomes. A choice gives one finding with its result's code; a
	 * scale gives its grade as the value; tender points give one finding per position
	 * (the value is the clock position), or one "none tender" finding.
	 * @param words resolves a message key of the {@code assessment.finding.} family with
	 * its arguments, so the summary is in the reader's words
	 */
	static List<Finding> findings(ExamEntry entry, Instant recordedAt, BiFunction<String, Object[], String> words) {
		ExamItem item = entry.item();
		boolean internal = entry.internal();
		List<Finding> found = new ArrayList<>();
		switch (item.kind()) {
			case CHOICE -> {
				ExamItem.Result result = item.result(entry.result()).orElseThrow();
				found.add(new Finding(result.findingCode(), null,
						text(words.apply("assessment.finding." + item.code() + "." + result.code(), new Object[0]),
								entry.detail()),
						internal, recordedAt));
			}
			case SCALE -> found.add(new Finding(item.scaleCode(), entry.value(),
					text(words.apply("assessment.finding." + item.code(), new Object[] { entry.value() }),
							entry.detail()),
					internal, recordedAt));
			case POINTS -> {
				if (entry.points().isEmpty()) {
					found.add(new Finding(ExamItem.NO_TENDER_POINT, null,
							text(words.apply("assessment.finding." + ExamItem.NO_TENDER_POINT, new Object[0]),
									entry.detail()),
							internal, recordedAt));
				}
				for (Integer point : entry.points()) {
					found.add(new Finding(ExamItem.TENDER_POINT, point,
							text(words.apply("assessment.finding." + ExamItem.TENDER_POINT, new Object[] { point }),
									entry.detail()),
							internal, recordedAt));
				}
			}
		}
		return found;
	}

	private static String text(String summary, @Nullable String detail) {
		return detail == null ? summary : summary + ": " + detail;
	}

	/**
	 * The current findings among a patient's charted entries (voided ones already left
	 * out): for each item and route, the newest charting counts, so a tone found raised
	 * and later found typical no longer fires a rule.
	 */
	static List<Charted> current(List<Charted> history) {
		Map<String, Charted> newest = new LinkedHashMap<>();
		history.stream()
			.sorted(Comparator.comparing(Charted::recordedAt))
			.forEach(c -> newest.put(c.entry().item().code() + "/" + c.entry().route().code(), c));
		return List.copyOf(newest.values());
	}

	/** An entry as stored: when it was charted. */
	record Charted(ExamEntry entry, Instant recordedAt) {
	}

}
