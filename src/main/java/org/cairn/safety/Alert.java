package org.cairn.safety;

import java.time.Instant;
import java.util.UUID;

import org.cairn.platform.PatientId;

/**
 * One safety alert. {@code kind} is deliberately generic ({@value Alerts#URGENT} or
 * {@value Alerts#NEEDS_FOLLOW_UP}): the alert is shown to team members without the
 * category of the answer, so the flag and instrument behind it stay in the row and out of
 * the list.
 */
record Alert(UUID id, PatientId patient, String kind, boolean urgent, Instant raisedAt, AlertStatus status) {
}
