package org.cairn.safety;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alert SQL. Status changes are conditional updates, so two clinicians cannot both move
 * one alert.
 */
@Repository
class JdbcAlerts {

	private static final String SELECT = "select id, patient_id, kind, urgent, raised_at, status from safety_alert ";

	private final JdbcClient jdbc;

	JdbcAlerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Alert alert, String flag, String instrument, @Nullable UUID responseId) {
		jdbc.sql(
				"""
						insert into safety_alert (id, patient_id, kind, urgent, flag, instrument, response_id, raised_at, status)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(alert.id(), alert.patient().value(), alert.kind(), alert.urgent(), flag, instrument, responseId,
					Timestamps.utc(alert.raisedAt()), alert.status().name())
			.update();
	}

	/** Newest first; urgent open alerts are what a team scans for. */
	List<Alert> forPatient(PatientId patient) {
		return jdbc.sql(SELECT + "where patient_id = ? order by raised_at desc, id")
			.param(patient.value())
			.query((rs, n) -> new Alert(rs.getObject("id", UUID.class),
					new PatientId(rs.getObject("patient_id", UUID.class)), rs.getString("kind"),
					rs.getBoolean("urgent"), Timestamps.instant(rs, "raised_at"),
					AlertStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/**
	 * Unresolved alerts (open or acknowledged) of many patients, in one query: the
	 * caseload lists them all without a query per patient.
	 */
	List<Alert> unresolved(Collection<PatientId> patients) {
		if (patients.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql(SELECT + "where patient_id in (:ids) and status in ('OPEN', 'ACKNOWLEDGED') order by raised_at, id")
			.param("ids", patients.stream().map(PatientId::value).distinct().toList())
			.query((rs, n) -> new Alert(rs.getObject("id", UUID.class),
					new PatientId(rs.getObject("patient_id", UUID.class)), rs.getString("kind"),
					rs.getBoolean("urgent"), Timestamps.instant(rs, "raised_at"),
					AlertStatus.valueOf(rs.getString("status"))))
			.list();
	}

	Optional<Alert> find(PatientId patient, UUID id) {
		return jdbc.sql(SELECT + "where patient_id = ? and id = ?")
			.params(patient.value(), id)
			.query((rs, n) -> new Alert(rs.getObject("id", UUID.class), patient, rs.getString("kind"),
					rs.getBoolean("urgent"), Timestamps.instant(rs, "raised_at"),
					AlertStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	boolean acknowledge(PatientId patient, UUID id, AccountId by, Instant at) {
		return jdbc.sql("""
				update safety_alert set status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?
				where patient_id = ? and id = ? and status = 'OPEN'
				""").params(by.value(), Timestamps.utc(at), patient.value(), id).update() == 1;
	}

	boolean resolve(PatientId patient, UUID id, AccountId by, Instant at, String note) {
		return jdbc.sql("""
				update safety_alert set status = 'RESOLVED', resolved_by = ?, resolved_at = ?, resolution_note = ?
				where patient_id = ? and id = ? and status in ('OPEN', 'ACKNOWLEDGED')
				""").params(by.value(), Timestamps.utc(at), note, patient.value(), id).update() == 1;
	}

	long count(PatientId patient) {
		return jdbc.sql("select count(*) from safety_alert where patient_id = ?")
			.param(patient.value())
			.query(Long.class)
			.single();
	}

}
