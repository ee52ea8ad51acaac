package org.cairn.questionnaires;

import java.util.List;
import java.util.Optional;

/**
 * What a patient answered to one intake concept (CLINICAL.md 3b), read without knowing
 * the wording or order of the questions. "Prefer not to say" is {@link State#DECLINED}
 * and carries no value, so no rule can read one from it.
 *
 * @param values booleans, integers, coded answers (their codes) or text, as the item
 * takes; several for items that repeat
 */
public record ConceptAnswer(State state, List<Object> values) {

	public enum State {

		/** The patient answered. */
		ANSWERED,
		/** Asked, and the patient chose not to say. */
		DECLINED,
		/** Not asked (skip logic kept it closed) or left blank. */
		NOT_ANSWERED

	}

	public static final ConceptAnswer NOT_ANSWERED = new ConceptAnswer(State.NOT_ANSWERED, List.of());

	public ConceptAnswer {
		values = List.copyOf(values);
	}

	public boolean answered() {
		return state == State.ANSWERED;
	}

	/** Answered yes. */
	public boolean yes() {
		return answered() && values.contains(Boolean.TRUE);
	}

	/** Answered no. */
	public boolean no() {
		return answered() && values.contains(Boolean.FALSE) && !values.contains(Boolean.TRUE);
	}

	public Optional<Integer> integer() {
		return values.stream().filter(Integer.class::isInstance).map(Integer.class::cast).findFirst();
	}

	/** The codes chosen, for coded items; text answers too, for string items. */
	public List<String> codes() {
		return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
	}

	public boolean has(String code) {
		return codes().contains(code);
	}

}
