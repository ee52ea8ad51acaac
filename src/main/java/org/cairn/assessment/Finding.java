package org.cairn.assessment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One structured finding from an examination, for the contributor map: a code from the
 * assessment vocabulary, an optional value (a grade or scale point), a plain summary for
 * clinicians, and whether it came from an internal examination.
 */
public record Finding(String code, @Nullable Integer value, String text, boolean internal, Instant recordedAt) {
}
