package org.cairn.progress;

import java.time.LocalDate;

/**
 * The median of one week's values (Monday start, the patient's dates) and how many days
 * it rests on.
 */
public record WeeklyMedian(LocalDate weekStart, double median, int n) {
}
