package org.cairn.homeprogram;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cairn.patients.Patient;
import org.cairn.patients.Patients;
import org.cairn.platform.PatientId;

import org.springframework.stereotype.Service;

/**
 * Weekly adherence for progress and the caseload, for many patients in a bounded number
 * of queries. Callers have passed the access policy for {@code home-program}.
 */
@Service
public class Adherence {

	private final JdbcHomeProgram jdbc;

	private final Patients patients;

	private final Clock clock;

	Adherence(JdbcHomeProgram jdbc, Patients patients, Clock clock) {
		this.jdbc = jdbc;
		this.patients = patients;
		this.clock = clock;
	}

	/**
	 * Weeks starting on Mondays from {@code from} to {@code to} inclusive, per patient.
	 * Every patient asked for has an entry, with one {@link WeeklyAdherence} per week (a
	 * week with nothing due has a null ratio). Four queries per thousand patients: their
	 * time zones, prescriptions, log entries and insertion agreements; the rules are
	 * {@link AdherenceRule}'s.
	 */
	public Map<PatientId, List<WeeklyAdherence>> weekly(Collection<PatientId> patients, LocalDate from, LocalDate to) {
		Map<PatientId, List<WeeklyAdherence>> out = new LinkedHashMap<>();
		if (patients.isEmpty()) {
			return out;
		}
		LocalDate first = AdherenceRule.monday(from);
		LocalDate last = AdherenceRule.monday(to).plusDays(6);
		Map<PatientId, Patient> records = new LinkedHashMap<>();
		this.patients.findAll(patients).forEach(p -> records.put(p.id(), p));
		Map<PatientId, List<Prescription>> prescriptions = jdbc.prescriptions(patients);
		Map<PatientId, List<ExerciseLog>> logs = jdbc.logs(patients, first, last);
		Map<PatientId, List<AdherenceRule.Agreement>> agreements = jdbc.agreements(patients);
		for (PatientId patient : patients) {
			Patient record = records.get(patient);
			LocalDate today = record == null ? LocalDate.now(clock)
					: LocalDate.ofInstant(clock.instant(), record.timeZone());
			out.put(patient,
					AdherenceRule.weekly(
							prescriptions.getOrDefault(patient, List.of()).stream().map(Prescription::plan).toList(),
							doneDays(logs.getOrDefault(patient, List.of())),
							agreements.getOrDefault(patient, List.of()), from, to, today));
		}
		return out;
	}

	/** The days with at least one entry that was not undone, by series. */
	static Map<UUID, Set<LocalDate>> doneDays(List<ExerciseLog> logs) {
		Map<UUID, Set<LocalDate>> done = new LinkedHashMap<>();
		logs.stream()
			.filter(l -> !l.voided())
			.forEach(l -> done.computeIfAbsent(l.series(), s -> new HashSet<>()).add(l.date()));
		return done;
	}

}
