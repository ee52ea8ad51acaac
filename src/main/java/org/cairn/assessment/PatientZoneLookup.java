package org.cairn.assessment;

import java.time.ZoneId;

import org.cairn.consent.PatientZones;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Component;

/**
 * Tells the consent pages the patient's time zone. Assessment supplies it because it
 * already reads the patient record to place each visit on the patient's own day.
 */
@Component
class PatientZoneLookup implements PatientZones {

	private final Encounters encounters;

	PatientZoneLookup(Encounters encounters) {
		this.encounters = encounters;
	}

	@Override
	public ZoneId zoneOf(PatientId patient) {
		return encounters.zone(patient);
	}

}
