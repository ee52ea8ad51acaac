package org.cairn.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The current structured findings of a patient, for the contributor map. Callers have
 * passed the access policy for {@code exam-findings}.
 * <p>
 * Current means: for each examined item and route, its newest charting, leaving out
 * voided findings and voided visits (see {@link ExamForm#current}). Typical results are
 * included with codes no rule reads, so that an examined area reads "not indicated"
 * rather than "unknown". Process notes and free text never leave through here.
 */
@Service
public class AssessmentFindings {

	private final JdbcAssessment jdbc;

	private final MessageSource messages;

	AssessmentFindings(JdbcAssessment jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	public List<Finding> current(PatientId patient) {
		return current(List.of(patient)).getOrDefault(patient, List.of());
	}

	/**
	 * The current findings of several patients, in a bounded number of queries (one per
	 * thousand patients); patients without findings are absent.
	 */
	public Map<PatientId, List<Finding>> current(Collection<PatientId> patients) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<PatientId, List<Finding>> found = new LinkedHashMap<>();
		jdbc.standingFindings(patients).forEach((patient, history) -> {
			List<Finding> findings = new ArrayList<>();
			for (ExamForm.Charted charted : ExamForm.current(history)) {
				findings.addAll(ExamForm.findings(charted.entry(), charted.recordedAt(),
						(key, args) -> messages.getMessage(key, args, key, locale)));
			}
			if (!findings.isEmpty()) {
				found.put(patient, List.copyOf(findings));
			}
		});
		return found;
	}

}
