package org.cairn.contributors;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.cairn.assessment.FindingsRecorded;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.ResponseRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Recomputes a patient's map when new answers, scores or findings are committed, and
 * keeps the derived statuses whenever they change, so the team can see when an area
 * appeared or faded. The map itself is always derived on read, so a failure here loses
 * history, never correctness; it is logged by type only, because its message could quote
 * health data.
 */
@Component
class MapHistory {

	private static final Logger log = LoggerFactory.getLogger(MapHistory.class);

	private final ContributorMaps maps;

	private final JdbcContributors jdbc;

	private final Clock clock;

	MapHistory(ContributorMaps maps, JdbcContributors jdbc, Clock clock) {
		this.maps = maps;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ResponseRecorded event) {
		record(event.patient(), "response:" + event.instrument());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(FindingsRecorded event) {
		record(event.patient(), "findings");
	}

	void record(PatientId patient, String cause) {
		try {
			String statuses = encode(maps.current(patient).derived());
			boolean changed = jdbc.latestSnapshot(patient).map(s -> !s.statuses().equals(statuses)).orElse(true);
			if (changed) {
				jdbc.insertSnapshot(patient, new JdbcContributors.Snapshot(clock.instant(), cause, statuses));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Contributor map history not updated ({})", ex.getClass().getName());
		}
	}

	static String encode(List<DomainResult> results) {
		return results.stream().map(r -> r.domain().code() + "=" + r.status().code()).collect(Collectors.joining(";"));
	}

}
