package org.cairn.patients;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cairn.identity.Actor;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.safety.OpenAlerts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The header every tab of a clinician's patient chart shows: who the patient is, the
 * facts other modules contribute, and whether safety alerts are open. A tab's controller
 * adds {@link #view} to its model as {@code header} after its own access check; the
 * template includes {@code fragments/chart :: header} and
 * {@code fragments/chart :: tabs('<tab>')}.
 */
@Service
public class ChartHeader {

	/** The chart's tabs in order, by the last segment of their path. */
	public static final List<String> TABS = List.of("overview", "contributors", "assessment", "notes", "plan",
			"home-program", "diary", "progress", "referrals");

	private final Patients patients;

	private final OpenAlerts alerts;

	private final ObjectProvider<ChartFact> facts;

	ChartHeader(Patients patients, OpenAlerts alerts, ObjectProvider<ChartFact> facts) {
		this.patients = patients;
		this.alerts = alerts;
		this.facts = facts;
	}

	public record View(Patient patient, List<ChartFact.Line> facts, OpenAlerts.Summary alerts) {
	}

	/**
	 * The header of one patient's chart. The caller has passed the access policy for the
	 * patient's core record.
	 */
	public View view(Actor clinician, PatientId patient) {
		Patient record = patients.find(patient).orElseThrow(() -> new NotFoundException("No record with this id."));
		List<ChartFact.Line> lines = facts.orderedStream()
			.sorted(Comparator.comparingInt(ChartFact::order))
			.map(fact -> fact.line(clinician, patient))
			.flatMap(Optional::stream)
			.toList();
		return new View(record, lines,
				alerts.unresolved(List.of(patient)).getOrDefault(patient, OpenAlerts.Summary.NONE));
	}

}
