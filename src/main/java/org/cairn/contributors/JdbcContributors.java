package org.cairn.contributors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contributor SQL: clinicians' reviews and the history of derived statuses. */
@Repository
class JdbcContributors {

	private static final String REVIEWS = """
			select r.id, r.patient_id, r.domain, r.clinician_view, r.reason, r.reviewed_by, r.reviewed_at,
			       a.display_name
			from contributors_review r join identity_account a on a.id = r.reviewed_by
			""";

	private final JdbcClient jdbc;

	JdbcContributors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertReview(PatientId patient, Review review) {
		jdbc.sql(
				"""
						insert into contributors_review (id, patient_id, domain, clinician_view, reason, reviewed_by, reviewed_at)
						values (?, ?, ?, ?, ?, ?, ?)
						""")
			.params(review.id(), patient.value(), review.domain().code(), review.view().code(), review.reason(),
					review.reviewedBy().value(), Timestamps.utc(review.reviewedAt()))
			.update();
	}

	/** Every review of one patient, oldest first. */
	List<Review> reviews(PatientId patient) {
		return reviews(List.of(patient)).getOrDefault(patient, List.of());
	}

	/** Reviews of several patients, oldest first, one query per thousand patients. */
	Map<PatientId, List<Review>> reviews(Collection<PatientId> patients) {
		Map<PatientId, List<Review>> found = new LinkedHashMap<>();
		List<UUID> ids = patients.stream().map(PatientId::value).distinct().toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql(REVIEWS + "where r.patient_id in (:ids) order by r.reviewed_at, r.id")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, n) -> {
					PatientId patient = new PatientId(rs.getObject("patient_id", UUID.class));
					Review review = new Review(rs.getObject("id", UUID.class),
							ContributorDomain.fromCode(rs.getString("domain")).orElseThrow(),
							ClinicianView.fromCode(rs.getString("clinician_view")).orElseThrow(),
							rs.getString("reason"), new AccountId(rs.getObject("reviewed_by", UUID.class)),
							rs.getString("display_name"), Timestamps.instant(rs, "reviewed_at"));
					return Map.entry(patient, review);
				})
				.list()
				.forEach(e -> found.computeIfAbsent(e.getKey(), p -> new ArrayList<>()).add(e.getValue()));
		}
		return found;
	}

	record Snapshot(Instant computedAt, String cause, String statuses) {
	}

	void insertSnapshot(PatientId patient, Snapshot snapshot) {
		jdbc.sql("""
				insert into contributors_snapshot (id, patient_id, computed_at, cause, statuses)
				values (?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), patient.value(), Timestamps.utc(snapshot.computedAt()), snapshot.cause(),
					snapshot.statuses())
			.update();
	}

	Optional<Snapshot> latestSnapshot(PatientId patient) {
		return jdbc.sql("""
				select computed_at, cause, statuses from contributors_snapshot
				where patient_id = ? order by computed_at desc, id desc limit 1
				""")
			.param(patient.value())
			.query((rs, n) -> new Snapshot(Timestamps.instant(rs, "computed_at"), rs.getString("cause"),
					rs.getString("statuses")))
			.optional();
	}

	/** The derived statuses over time, oldest first. */
	List<Snapshot> snapshots(PatientId patient) {
		return jdbc.sql("""
				select computed_at, cause, statuses from contributors_snapshot
				where patient_id = ? order by computed_at, id
				""")
			.param(patient.value())
			.query((rs, n) -> new Snapshot(Timestamps.instant(rs, "computed_at"), rs.getString("cause"),
					rs.getString("statuses")))
			.list();
	}

}
