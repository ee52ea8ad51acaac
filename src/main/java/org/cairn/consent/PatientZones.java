package org.cairn.consent;

import java.time.ZoneId;

import org.cairn.platform.PatientId;

/**
 * The patient's time zone, for showing the times of their consent record in their own
 * day. Implemented by a module that reads the patient record, so that consent stays at
 * the bottom of the dependency graph; without one, times are shown in UTC.
 */
public interface PatientZones {

	ZoneId zoneOf(PatientId patient);

}
