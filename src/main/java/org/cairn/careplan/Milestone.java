package org.cairn.careplan;

import java.time.LocalDate;

/**
 * A dated point of the plan for the progress timeline: the plan agreed, a goal set or
 * met, a review, an intervention started or stopped.
 *
 * @param kind a code such as {@code plan-agreed}, {@code goal-met}, {@code review},
 * {@code intervention-started}, {@code intervention-stopped}
 * @param label the plain words to show, already in the reader's language
 */
public record Milestone(LocalDate date, String kind, String label) {
}
