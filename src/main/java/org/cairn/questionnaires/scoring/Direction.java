package org.cairn.questionnaires.scoring;

/**
 * Which way is better on an instrument's total. Every built-in instrument is
 * {@link #LOWER_IS_BETTER} (less pain, fewer symptoms) except the FSFI, where a higher
 * total means better sexual function; reading it the wrong way round would report a
 * decline as progress.
 */
public enum Direction {

	LOWER_IS_BETTER("lower is better"), HIGHER_IS_BETTER("higher is better");

	private final String text;

	Direction(String text) {
		this.text = text;
	}

	String text() {
		return text;
	}

}
