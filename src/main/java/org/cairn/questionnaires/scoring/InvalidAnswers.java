package org.cairn.questionnaires.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Answers that cannot be scored: an item the instrument does not have, or a value outside
 * the item's range. Nothing is scored from them, because a score computed from a 7 on a
 * 0–5 item would look plausible and be wrong. Each problem names the item and what it
 * allows; the field errors are keyed by linkId, so the API answers 422 naming each item.
 * Red flags among the valid answers travel with the exception (see {@link #redFlags()}).
 */
public class InvalidAnswers extends InvalidInputException {

	/**
	 * One rejected answer: its linkId, the value given (null when an unknown item came
	 * without one), and what the instrument allows there: the item's range, or its list
	 * of items.
	 */
	public record Problem(String linkId, @Nullable Integer value, boolean unknownItem, String allowed) {

		public String message() {
			return unknownItem ? "item " + linkId + ": no such item (allowed " + allowed + ")"
					: "item " + linkId + ": " + value + " is out of range (allowed " + allowed + ")";
		}

	}

	private final String instrument;

	private final List<Problem> problems;

	private final List<Flag> redFlags;

	InvalidAnswers(String instrument, List<Problem> problems, List<Flag> redFlags) {
		super(instrument + " answers rejected: "
				+ problems.stream().map(Problem::message).collect(Collectors.joining("; ")), fieldErrors(problems));
		this.instrument = instrument;
		this.problems = List.copyOf(problems);
		this.redFlags = List.copyOf(redFlags);
	}

	private static Map<String, String> fieldErrors(List<Problem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach(p -> errors.put(p.linkId(), p.message()));
		return errors;
	}

	public String instrument() {
		return instrument;
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * Red flags raised by the answers that were valid (PHQ-9 item 9 above 0 beside a
	 * rejected item 3). The response is not scored or stored, but the patient did give
	 * that answer: the caller must still show the crisis message and alert the team.
	 */
	public List<Flag> redFlags() {
		return redFlags;
	}

}
