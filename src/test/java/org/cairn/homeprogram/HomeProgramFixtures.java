package org.cairn.homeprogram;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.support.TestDatabase;

/**
 * Home-program rows for the cross-cutting tests (the authorization matrix builds its
 * scenes in static code, without the application context): a current prescription of a
 * library exercise from today, and one entry for it. Written straight to the test
 * database of this run.
 */
public final class HomeProgramFixtures {

	private HomeProgramFixtures() {
	}

	/** The id of a library exercise, for request bodies. */
	public static String libraryExercise() {
		return Library.idOf("belly-breathing").toString();
	}

	/**
	 * A current prescription of belly breathing, every day, in force from today (UTC).
	 */
	public static String prescription(PatientId patient, AccountId clinician) {
		UUID id = UUID.randomUUID();
		execute("""
				insert into homeprogram_prescription (id, series_id, patient_id, exercise_id, graded_insertion, dose,
				    times_per_week, starts_on, prescribed_by, prescribed_at)
				values (?, ?, ?, ?, false, '5 minutes', 7, ?, ?, ?)
				""", id, id, patient.value(), Library.idOf("belly-breathing"), LocalDate.now(ZoneOffset.UTC),
				clinician.value(), OffsetDateTime.now(ZoneOffset.UTC));
		return id.toString();
	}

	/** An entry for today on a new prescription; returns the entry's id. */
	public static String log(PatientId patient, AccountId clinician) {
		UUID prescription = UUID.fromString(prescription(patient, clinician));
		UUID id = UUID.randomUUID();
		execute("""
				insert into homeprogram_log (id, patient_id, client_id, prescription_id, series_id, done_on, discomfort,
				    recorded_at)
				values (?, ?, ?, ?, ?, ?, 2, ?)
				""", id, patient.value(), id.toString(), prescription, prescription, LocalDate.now(ZoneOffset.UTC),
				Instant.now().atOffset(ZoneOffset.UTC));
		return id.toString();
	}

	private static void execute(String sql, Object... values) {
		try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), "");
				PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				s.setObject(i + 1, values[i]);
			}
			s.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not write the home-program fixture", ex);
		}
	}

}
