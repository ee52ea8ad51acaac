package org.cairn.consent;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGrants {

	private final JdbcClient jdbc;

	JdbcGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The patient's explicit decisions for one team member; categories without a row are
	 * undecided.
	 */
	Map<DataCategory, Boolean> decisions(PatientId patient, AccountId clinician) {
		Map<DataCategory, Boolean> decisions = new EnumMap<>(DataCategory.class);
		jdbc.sql("select category, shared from consent_grant where patient_id = ? and clinician_id = ?")
			.params(patient.value(), clinician.value())
			.query(rs -> {
				var category = DataCategory.fromCode(rs.getString("category"));
				if (category.isPresent()) {
					decisions.put(category.get(), rs.getBoolean("shared"));
				}
			});
		return decisions;
	}

	Map<AccountId, Map<DataCategory, Boolean>> decisions(PatientId patient) {
		Map<AccountId, Map<DataCategory, Boolean>> all = new java.util.HashMap<>();
		jdbc.sql("select clinician_id, category, shared from consent_grant where patient_id = ?")
			.param(patient.value())
			.query(rs -> {
				AccountId clinician = new AccountId(rs.getObject("clinician_id", UUID.class));
				var category = DataCategory.fromCode(rs.getString("category"));
				boolean shared = rs.getBoolean("shared");
				category.ifPresent(
						c -> all.computeIfAbsent(clinician, k -> new EnumMap<>(DataCategory.class)).put(c, shared));
			});
		return all;
	}

	void decide(PatientId patient, AccountId clinician, DataCategory category, boolean shared, AccountId by,
			Instant at) {
		int updated = jdbc.sql(
				"update consent_grant set shared = ?, decided_at = ? where patient_id = ? and clinician_id = ? and category = ?")
			.params(shared, Timestamps.utc(at), patient.value(), clinician.value(), category.code())
			.update();
		if (updated == 0) {
			jdbc.sql(
					"insert into consent_grant (patient_id, clinician_id, category, shared, decided_at) values (?, ?, ?, ?, ?)")
				.params(patient.value(), clinician.value(), category.code(), shared, Timestamps.utc(at))
				.update();
		}
		jdbc.sql(
				"""
						insert into consent_grant_change (id, patient_id, clinician_id, category, shared, changed_by, changed_at)
						values (?, ?, ?, ?, ?, ?, ?)
						""")
			.params(UUID.randomUUID(), patient.value(), clinician.value(), category.code(), shared, by.value(),
					Timestamps.utc(at))
			.update();
	}

}
