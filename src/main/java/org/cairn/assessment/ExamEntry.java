package org.cairn.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One examined item as charted, already checked against {@link ExamItem}: exactly one of
 * a result (choice items), a value (scale items) or clock positions (tender points; empty
 * when none were tender).
 *
 * @param detail the clinician's short qualifier, such as "left more than right"
 */
record ExamEntry(ExamItem item, Route route, @Nullable String result, @Nullable Integer value, List<Integer> points,
		@Nullable String detail) {

	ExamEntry {
		points = List.copyOf(points);
	}

	boolean internal() {
		return route == Route.INTERNAL;
	}

	/**
	 * What the clinician sent, before checking. {@code field} names the entry in the
	 * refusal: {@code findings[2]} for the API, {@code internal.pf-tone} for the page.
	 */
	record Raw(String field, @Nullable String item, @Nullable String route, @Nullable String result,
			@Nullable Integer value, @Nullable List<Integer> points, @Nullable String detail) {
	}

}
