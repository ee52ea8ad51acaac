/**
 * The scoring engine for outcome measures (CLINICAL.md section 5): pure functions from an
 * instrument and its answers to a {@link org.cairn.questionnaires.scoring.Score} that
 * says why, with no Spring, no I/O and no clock. Red flags (section 4) are raised here,
 * before anything else, so that a safety answer is never lost behind a missing item.
 * <p>
 * Other modules use the public types of this package; the built-in instruments and the
 * engine itself stay package-private.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("scoring")
package org.cairn.questionnaires.scoring;

import org.jspecify.annotations.NullMarked;
