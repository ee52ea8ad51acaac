package org.cairn.homeprogram;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * Weekly adherence for progress and the caseload, for many patients in a bounded number
 * of queries. Callers have passed the access policy for {@code home-program}.
 */
@Service
public class Adherence {

	/**
	 * Weeks starting on Mondays from {@code from} to {@code to} inclusive, per patient.
	 */
	public Map<PatientId, List<WeeklyAdherence>> weekly(Collection<PatientId> patients, LocalDate from, LocalDate to) {
		return Map.of();
	}

}
