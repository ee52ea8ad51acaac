package org.cairn.progress;

import java.util.Collection;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * Progress summaries for the caseload, for many patients in a bounded number of queries.
 * Callers have passed the access policy for {@code diary} and {@code home-program}.
 */
@Service
public class ProgressSummaries {

	/**
	 * Every patient asked for has an entry; {@link ProgressSummary#none()} without data.
	 */
	public Map<PatientId, ProgressSummary> forPatients(Collection<PatientId> patients) {
		Map<PatientId, ProgressSummary> out = new java.util.LinkedHashMap<>();
		patients.forEach(p -> out.put(p, ProgressSummary.none()));
		return out;
	}

}
