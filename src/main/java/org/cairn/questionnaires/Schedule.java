package org.cairn.questionnaires;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which measures a practice asks its patients to repeat, and how often. The intake
 * ({@value #INTAKE}) is always asked once, at the start; each measure below is asked at
 * the start too (the baseline) unless the practice has turned it off, then again every
 * {@code everyWeeks} weeks. A rule {@code whileRaised} repeats only while the last total
 * was {@value #RAISED} or more (PHQ-9 and GAD-7: moderate or worse, CLINICAL.md section
 * 5).
 */
public record Schedule(List<Rule> rules) {

	public static final String INTAKE = "cairn-intake";

	public static final int RAISED = 10;

	public static final int MAX_WEEKS = 52;

	/** The measures a practice may schedule, in the order they are shown. */
	public static final List<String> MEASURES = List.of("nrs-pain", "fsfi", "peg", "phq9", "gad7");

	/** Measures for which "only while the last total was 10 or more" applies. */
	public static final List<String> THRESHOLD_MEASURES = List.of("phq9", "gad7");

	/**
	 * One measure's repeat rule; {@code everyWeeks} null means off (no baseline, no
	 * repeats).
	 */
	public record Rule(String instrument, @Nullable Integer everyWeeks, boolean whileRaised) {

		public Rule {
			if (!MEASURES.contains(instrument)) {
				throw InvalidInputException.field(instrument, "No schedulable measure " + instrument + ".");
			}
			if (everyWeeks != null && (everyWeeks < 1 || everyWeeks > MAX_WEEKS)) {
				throw InvalidInputException.field(instrument,
						"Repeat " + instrument + " every 1 to " + MAX_WEEKS + " weeks, or turn it off.");
			}
			if (whileRaised && !THRESHOLD_MEASURES.contains(instrument)) {
				throw InvalidInputException.field(instrument, "Only PHQ-9 and GAD-7 repeat while raised.");
			}
		}

		public boolean on() {
			return everyWeeks != null;
		}

	}

	public Schedule {
		Map<String, Rule> byCode = new LinkedHashMap<>();
		for (String code : MEASURES) {
			byCode.put(code, new Rule(code, null, false));
		}
		for (Rule rule : rules) {
			byCode.put(rule.instrument(), rule);
		}
		rules = List.copyOf(byCode.values());
	}

	/**
	 * Cairn's defaults: the intake bundle at the start; pain weekly; FSFI and PEG every 4
	 * weeks; PHQ-9 and GAD-7 every 4 weeks while the last total was 10 or more.
	 */
	public static Schedule defaults() {
		return new Schedule(List.of(new Rule("nrs-pain", 1, false), new Rule("fsfi", 4, false),
				new Rule("peg", 4, false), new Rule("phq9", 4, true), new Rule("gad7", 4, true)));
	}

	public Rule rule(String instrument) {
		return rules.stream()
			.filter(r -> r.instrument().equals(instrument))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No rule for " + instrument));
	}

	/** A copy with the stored rules over the defaults. */
	public Schedule with(List<Rule> stored) {
		List<Rule> merged = new java.util.ArrayList<>(rules);
		merged.addAll(stored);
		return new Schedule(merged);
	}

}
