package org.cairn.questionnaires;

import java.time.Instant;
import java.util.UUID;

import org.cairn.platform.PatientId;

/** A response was stored (for progress and contributors, later). Carries no answers. */
public record ResponseRecorded(PatientId patient, UUID responseId, String instrument, int version, Instant authored) {
}
