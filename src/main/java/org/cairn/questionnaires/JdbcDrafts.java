package org.cairn.questionnaires;

import java.time.Instant;
import java.util.Optional;

import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Drafts of questionnaires a patient has started: one per patient and instrument, always
 * read and written with the patient's id, so one patient's draft is never another's. The
 * answers are health data: stored, never logged.
 */
@Repository
class JdbcDrafts {

	private final JdbcClient jdbc;

	JdbcDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Draft(PatientId patient, String instrument, int version, String page, String answers, Instant updatedAt) {
	}

	Optional<Draft> find(PatientId patient, String instrument) {
		return jdbc.sql("""
				select version, page, answers, updated_at from questionnaires_draft
				where patient_id = ? and instrument = ?
				""")
			.params(patient.value(), instrument)
			.query((rs, n) -> new Draft(patient, instrument, rs.getInt("version"), rs.getString("page"),
					rs.getString("answers"), Timestamps.instant(rs, "updated_at")))
			.optional();
	}

	java.util.Set<String> started(PatientId patient) {
		return new java.util.HashSet<>(jdbc.sql("select instrument from questionnaires_draft where patient_id = ?")
			.param(patient.value())
			.query(String.class)
			.list());
	}

	void save(Draft draft) {
		int updated = jdbc.sql("""
				update questionnaires_draft set version = ?, page = ?, answers = ?, updated_at = ?
				where patient_id = ? and instrument = ?
				""")
			.params(draft.version(), draft.page(), draft.answers(), Timestamps.utc(draft.updatedAt()),
					draft.patient().value(), draft.instrument())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into questionnaires_draft (patient_id, instrument, version, page, answers, updated_at)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(draft.patient().value(), draft.instrument(), draft.version(), draft.page(), draft.answers(),
						Timestamps.utc(draft.updatedAt()))
				.update();
		}
	}

	void delete(PatientId patient, String instrument) {
		jdbc.sql("delete from questionnaires_draft where patient_id = ? and instrument = ?")
			.params(patient.value(), instrument)
			.update();
	}

	boolean submitted(PatientId patient, String instrument) {
		return jdbc.sql("select count(*) from questionnaires_response where patient_id = ? and instrument = ?")
			.params(patient.value(), instrument)
			.query(Long.class)
			.single() > 0;
	}

}
