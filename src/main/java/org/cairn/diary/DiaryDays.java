package org.cairn.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Diary days for progress and the caseload, for many patients in a bounded number of
 * queries. Callers have passed the access policy for {@code diary}.
 * <p>
 * A day is merged from its entries as {@link Day} says: the latest entry's values, every
 * entry's attempts, and per activity the worst pain of the day's value and the attempts
 * that count towards it (finger, dilator and partner attempts count as
 * {@code penetration}).
 */
@Service
public class DiaryDays {

	private final @Nullable JdbcDiary jdbc;

	/** A diary without entries, for tests of the modules that read it. */
	public DiaryDays() {
		this.jdbc = null;
	}

	@Autowired
	DiaryDays(JdbcDiary jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Days from {@code from} to {@code to} inclusive that have an entry, oldest first.
	 * Three queries per thousand patients, whatever the number of days; patients without
	 * entries in the range are absent.
	 */
	public Map<PatientId, List<DiaryDay>> between(Collection<PatientId> patients, LocalDate from, LocalDate to) {
		if (jdbc == null || patients.isEmpty() || from.isAfter(to)) {
			return Map.of();
		}
		Map<PatientId, List<DiaryDay>> days = new LinkedHashMap<>();
		jdbc.between(patients, from, to)
			.forEach((patient, entries) -> days.put(patient, Day.days(entries).stream().map(Day::toDiaryDay).toList()));
		return days;
	}

}
