package org.cairn.safety;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * How many unresolved safety alerts each patient has, for lists such as the caseload.
 * Says only that alerts exist and whether one is urgent: never which answer raised them,
 * so it is shown to every team member whatever the sharing grants (CLINICAL.md section
 * 4). Callers have passed the access policy for the patients' core record.
 */
@Service
public class OpenAlerts {

	private final JdbcAlerts jdbc;

	OpenAlerts(JdbcAlerts jdbc) {
		this.jdbc = jdbc;
	}

	/** Unresolved alerts of one patient: open or acknowledged, not yet resolved. */
	public record Summary(int urgent, int other) {

		public static final Summary NONE = new Summary(0, 0);

		public boolean any() {
			return urgent + other > 0;
		}

	}

	/** One query, however many patients; patients without alerts are absent. */
	public Map<PatientId, Summary> unresolved(Collection<PatientId> patients) {
		Map<PatientId, Summary> summaries = new HashMap<>();
		for (Alert alert : jdbc.unresolved(patients)) {
			Summary s = summaries.getOrDefault(alert.patient(), Summary.NONE);
			summaries.put(alert.patient(),
					alert.urgent() ? new Summary(s.urgent() + 1, s.other()) : new Summary(s.urgent(), s.other() + 1));
		}
		return summaries;
	}

}
