package org.cairn.diary;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One day of a patient's diary as progress reads it: pain 0–10 by activity code
 * (CLINICAL.md 3b {@code pain-activities}, the worst of the day's entries and attempts),
 * whether it was a flare, and the context values when given.
 */
public record DiaryDay(LocalDate date, Map<String, Integer> pain, boolean flare, @Nullable Integer stress,
		@Nullable Integer sleep, @Nullable Integer cycleDay) {
}
