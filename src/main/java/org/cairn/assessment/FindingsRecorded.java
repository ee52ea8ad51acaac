package org.cairn.assessment;

import org.cairn.platform.PatientId;

/**
 * Findings were charted for a patient (the contributor map recomputes). Carries no
 * findings.
 */
public record FindingsRecorded(PatientId patient) {
}
