package org.cairn.questionnaires;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practices' schedules and what each patient is due. A patient follows the schedule of
 * the practice of the clinician who invited them, or Cairn's defaults. Callers have
 * passed the access policy.
 */
@Service
public class Schedules {

	private final JdbcSchedules jdbc;

	private final Clock clock;

	Schedules(JdbcSchedules jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What Cairn needs to know of a patient to say what is due.
	 *
	 * @param startedAt when their care in Cairn started
	 * @param practice the practice whose schedule they follow; null for the defaults
	 */
	public record Enrolment(PatientId patient, Instant startedAt, ZoneId zone, @Nullable PracticeId practice) {
	}

	public Schedule of(PracticeId practice) {
		return Schedule.defaults().with(jdbc.rules(List.of(practice)).getOrDefault(practice, List.of()));
	}

	@Transactional
	public void save(PracticeId practice, Schedule schedule, AccountId by) {
		jdbc.replace(practice, schedule, by, clock.instant());
	}

	public List<Due> due(Enrolment enrolment) {
		return due(List.of(enrolment)).getOrDefault(enrolment.patient(), List.of());
	}

	/**
	 * What each patient is due today, with one query for the schedules and one for the
	 * last responses, however many patients.
	 */
	public Map<PatientId, List<Due>> due(Collection<Enrolment> enrolments) {
		Set<PracticeId> practices = enrolments.stream()
			.map(Enrolment::practice)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<PracticeId, List<Schedule.Rule>> rules = jdbc.rules(practices);
		Map<PatientId, List<DueList.Past>> last = jdbc
			.lastResponses(enrolments.stream().map(Enrolment::patient).toList());
		Map<PatientId, List<Due>> due = new LinkedHashMap<>();
		for (Enrolment e : enrolments) {
			PracticeId practice = e.practice();
			Schedule schedule = Schedule.defaults()
				.with(practice == null ? List.of() : rules.getOrDefault(practice, List.of()));
			due.put(e.patient(), new DueList(schedule, clock).forPatient(e.startedAt(), e.zone(),
					last.getOrDefault(e.patient(), List.of())));
		}
		return due;
	}

}
