package org.cairn.questionnaires;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairn.consent.DataCategory;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * Stored scores over time, for progress, the contributor map and referral packets. A
 * score belongs to its instrument's data category ({@link #category}); callers pass the
 * access policy for that category before they show it.
 */
@Service
public class ScoreHistory {

	private final JdbcQuestionnaires jdbc;

	private final Responses responses;

	private final InstrumentDirectory directory;

	ScoreHistory(JdbcQuestionnaires jdbc, Responses responses, InstrumentDirectory directory) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.directory = directory;
	}

	/** Which part of the record an instrument's scores belong to, if it is known. */
	public Optional<DataCategory> category(String instrument) {
		return directory.entry(instrument).map(Catalog.Entry::category);
	}

	/** One instrument's scores, oldest first. */
	public List<ScorePoint> history(PatientId patient, String instrument) {
		return responses.scores(patient, instrument)
			.stream()
			.map(s -> new ScorePoint(s.responseId(), instrument, s.authored(), s.total(), s.band(), s.domains()))
			.toList();
	}

	/**
	 * Several instruments' scores for several patients, oldest first, in a bounded number
	 * of queries: patient → instrument → scores. Patients and instruments without scores
	 * are absent.
	 */
	public Map<PatientId, Map<String, List<ScorePoint>>> histories(Collection<PatientId> patients,
			Collection<String> instruments) {
		Map<PatientId, Map<String, List<ScorePoint>>> all = new LinkedHashMap<>();
		for (JdbcQuestionnaires.PatientScoreRow row : jdbc.scores(patients, instruments)) {
			all.computeIfAbsent(row.patient(), p -> new LinkedHashMap<>())
				.computeIfAbsent(row.instrument(), i -> new ArrayList<>())
				.add(new ScorePoint(row.score().responseId(), row.instrument(), row.score().authored(),
						row.score().total(), row.score().band(), responses.readDomains(row.score().domains())));
		}
		return all;
	}

	/** The newest score of each instrument, for one patient. */
	public Map<String, ScorePoint> latest(PatientId patient, Collection<String> instruments) {
		Map<String, ScorePoint> latest = new LinkedHashMap<>();
		histories(List.of(patient), instruments).getOrDefault(patient, Map.of())
			.forEach((instrument, points) -> latest.put(instrument, points.get(points.size() - 1)));
		return latest;
	}

}
