package org.cairn.contributors;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cairn.assessment.AssessmentFindings;
import org.cairn.assessment.Finding;
import org.cairn.identity.Actor;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.Intake;
import org.cairn.questionnaires.IntakeAnswers;
import org.cairn.questionnaires.ScoreHistory;
import org.cairn.questionnaires.ScorePoint;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers each patient's inputs and runs the rules on them. The map is derived afresh on
 * every read, from the newest answers, scores and findings, so it is never stale; the
 * history of derived statuses is kept by {@link MapHistory}. Callers have passed the
 * access policy.
 */
@Service
class ContributorMaps {

	static final int MAX_REASON = 1000;

	private final IntakeAnswers intakes;

	private final ScoreHistory scores;

	private final AssessmentFindings findings;

	private final JdbcContributors jdbc;

	private final Clock clock;

	ContributorMaps(IntakeAnswers intakes, ScoreHistory scores, AssessmentFindings findings, JdbcContributors jdbc,
			Clock clock) {
		this.intakes = intakes;
		this.scores = scores;
		this.findings = findings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A patient's derived map, the clinicians' reviews, and the intake it rests on. */
	record Current(List<DomainResult> derived, List<Review> reviews, PainProfile painProfile) {

		/** The newest review of each domain: the clinician's view. */
		Map<ContributorDomain, Review> views() {
			Map<ContributorDomain, Review> views = new EnumMap<>(ContributorDomain.class);
			reviews.forEach(r -> views.put(r.domain(), r));
			return views;
		}

		DomainResult result(ContributorDomain domain) {
			return derived.stream().filter(r -> r.domain() == domain).findFirst().orElseThrow();
		}

	}

	Current current(PatientId patient) {
		Inputs inputs = inputs(List.of(patient)).get(patient);
		return new Current(ContributorRules.evaluate(inputs), jdbc.reviews(patient),
				PainProfiles.from(inputs.intake()));
	}

	/**
	 * The effective status of every domain, for many patients in a bounded number of
	 * queries.
	 */
	Map<PatientId, Map<ContributorDomain, DomainStatus>> effective(Collection<PatientId> patients) {
		Map<PatientId, Inputs> inputs = inputs(patients);
		Map<PatientId, List<Review>> reviews = jdbc.reviews(patients);
		Map<PatientId, Map<ContributorDomain, DomainStatus>> all = new LinkedHashMap<>();
		inputs.forEach((patient, in) -> {
			Map<ContributorDomain, DomainStatus> statuses = new EnumMap<>(ContributorDomain.class);
			ContributorRules.evaluate(in).forEach(r -> statuses.put(r.domain(), r.status()));
			reviews.getOrDefault(patient, List.of()).forEach(r -> statuses.put(r.domain(), r.view().effect()));
			all.put(patient, statuses);
		});
		return all;
	}

	PainProfile painProfile(PatientId patient) {
		return PainProfiles.from(intakes.latest(patient).orElse(null));
	}

	@Transactional
	Review review(Actor clinician, PatientId patient, ContributorDomain domain, ClinicianView view, String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw InvalidInputException.field("reason", "Say why, so the team can follow your reasoning.");
		}
		if (text.length() > MAX_REASON) {
			throw InvalidInputException.field("reason", "Keep the reason to at most " + MAX_REASON + " characters.");
		}
		Review review = new Review(UUID.randomUUID(), domain, view, text, clinician.id(), clinician.displayName(),
				clock.instant());
		jdbc.insertReview(patient, review);
		return review;
	}

	/** Every patient asked for gets inputs; one query per kind of input. */
	Map<PatientId, Inputs> inputs(Collection<PatientId> patients) {
		Map<PatientId, Intake> latestIntakes = intakes.latest(patients);
		Map<PatientId, Map<String, List<ScorePoint>>> histories = scores.histories(patients,
				ContributorRules.INSTRUMENTS);
		Map<PatientId, List<Finding>> current = findings.current(patients);
		Map<PatientId, Inputs> all = new LinkedHashMap<>();
		for (PatientId patient : patients) {
			Map<String, BigDecimal> totals = histories.getOrDefault(patient, Map.of())
				.entrySet()
				.stream()
				.filter(e -> latestTotal(e.getValue()) != null)
				.collect(Collectors.toMap(Map.Entry::getKey, e -> latestTotal(e.getValue())));
			all.put(patient, new Inputs(latestIntakes.get(patient), totals, current.getOrDefault(patient, List.of())));
		}
		return all;
	}

	/**
	 * The newest score that has a total: an incomplete response says nothing either way.
	 */
	private static BigDecimal latestTotal(List<ScorePoint> points) {
		for (int i = points.size() - 1; i >= 0; i--) {
			if (points.get(i).total() != null) {
				return points.get(i).total();
			}
		}
		return null;
	}

}
