package org.cairn.contributors;

import java.util.List;

import org.cairn.consent.DataCategory;

/**
 * One reason behind a domain: which indicator fired, from which answer, score or finding,
 * and the part of the record it comes from, so that a reader sees only the reasons the
 * patient shares with them. Words are chosen at the edge, from the message bundle, by
 * {@code indicator} (patient and clinician wording differ); {@code args} fill them in.
 *
 * @param source {@code answer:<concept>}, {@code score:<instrument>} or
 * {@code finding:<code>}
 */
record Evidence(String indicator, String source, DataCategory category, List<Object> args) {

	Evidence {
		args = List.copyOf(args);
	}

}
