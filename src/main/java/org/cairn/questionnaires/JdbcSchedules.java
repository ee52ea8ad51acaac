package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.platform.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Schedule SQL, and the last response to each instrument for many patients at once. Every
 * read takes a collection and runs one statement, so a caseload of any size costs the
 * same two queries (hazard H29).
 */
@Repository
class JdbcSchedules {

	private final JdbcClient jdbc;

	JdbcSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored rules of each practice that has any. */
	Map<PracticeId, List<Schedule.Rule>> rules(Collection<PracticeId> practices) {
		Map<PracticeId, List<Schedule.Rule>> rules = new HashMap<>();
		if (practices.isEmpty()) {
			return rules;
		}
		jdbc.sql("select practice_id, instrument, every_weeks, while_raised from questionnaires_schedule "
				+ "where practice_id in (:ids)")
			.param("ids", practices.stream().map(PracticeId::value).distinct().toList())
			.query((rs, n) -> {
				int weeks = rs.getInt("every_weeks");
				Integer everyWeeks = rs.wasNull() ? null : weeks;
				rules
					.computeIfAbsent(new PracticeId(rs.getObject("practice_id", UUID.class)),
							k -> new java.util.ArrayList<>())
					.add(new Schedule.Rule(rs.getString("instrument"), everyWeeks, rs.getBoolean("while_raised")));
				return 0;
			})
			.list();
		return rules;
	}

	void replace(PracticeId practice, Schedule schedule, AccountId by, Instant at) {
		jdbc.sql("delete from questionnaires_schedule where practice_id = ?").param(practice.value()).update();
		for (Schedule.Rule rule : schedule.rules()) {
			jdbc.sql(
					"""
							insert into questionnaires_schedule (practice_id, instrument, every_weeks, while_raised, updated_by, updated_at)
							values (?, ?, ?, ?, ?, ?)
							""")
				.params(practice.value(), rule.instrument(), rule.everyWeeks(), rule.whileRaised(), by.value(),
						Timestamps.utc(at))
				.update();
		}
	}

	/** The latest response to each instrument, for each of the patients, in one query. */
	Map<PatientId, List<DueList.Past>> lastResponses(Collection<PatientId> patients) {
		Map<PatientId, List<DueList.Past>> last = new HashMap<>();
		if (patients.isEmpty()) {
			return last;
		}
		jdbc.sql("""
				select r.patient_id, r.instrument, r.authored, r.total from questionnaires_response r
				where r.patient_id in (:ids) and r.authored = (
				    select max(l.authored) from questionnaires_response l
				    where l.patient_id = r.patient_id and l.instrument = r.instrument)
				""").param("ids", patients.stream().map(PatientId::value).distinct().toList()).query((rs, n) -> {
			BigDecimal total = rs.getBigDecimal("total");
			last.computeIfAbsent(new PatientId(rs.getObject("patient_id", UUID.class)),
					k -> new java.util.ArrayList<>())
				.add(new DueList.Past(rs.getString("instrument"), Timestamps.instant(rs, "authored"), total));
			return 0;
		}).list();
		return last;
	}

}
