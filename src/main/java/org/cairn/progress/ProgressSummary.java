package org.cairn.progress;

import java.util.List;

/**
 * What the caseload shows of one patient's progress: the trend, whether the plateau rule
 * fires, and the recent weekly medians of the primary outcome for a small trend line.
 */
public record ProgressSummary(Trend trend, boolean plateau, List<WeeklyMedian> recent) {

	public static ProgressSummary none() {
		return new ProgressSummary(Trend.NOT_ENOUGH_DATA, false, List.of());
	}

}
