package org.cairn.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * Diary days for progress and the caseload, for many patients in a bounded number of
 * queries. Callers have passed the access policy for {@code diary}.
 */
@Service
public class DiaryDays {

	/**
	 * Days from {@code from} to {@code to} inclusive that have an entry, oldest first.
	 */
	public Map<PatientId, List<DiaryDay>> between(Collection<PatientId> patients, LocalDate from, LocalDate to) {
		return Map.of();
	}

}
