package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaire SQL: definitions by version, and responses with their stored scores. */
@Repository
class JdbcQuestionnaires {

	private final JdbcClient jdbc;

	JdbcQuestionnaires(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Integer> latestVersion(String code) {
		return jdbc.sql("select max(version) from questionnaires_definition where code = ?")
			.param(code)
			.query((rs, n) -> (Integer) rs.getObject(1, Integer.class))
			.optional();
	}

	Optional<Definition> definition(String code, int version) {
		return jdbc.sql("select code, version, json from questionnaires_definition where code = ? and version = ?")
			.params(code, version)
			.query((rs, n) -> new Definition(rs.getString("code"), rs.getInt("version"), rs.getString("json")))
			.optional();
	}

	/** The newest version of every instrument, by code. */
	List<Definition> latestDefinitions() {
		return jdbc.sql("""
				select d.code, d.version, d.json
				from questionnaires_definition d
				where d.version = (select max(v.version) from questionnaires_definition v where v.code = d.code)
				order by d.code
				""")
			.query((rs, n) -> new Definition(rs.getString("code"), rs.getInt("version"), rs.getString("json")))
			.list();
	}

	void insertDefinition(Definition definition, Instant at) {
		jdbc.sql("insert into questionnaires_definition (code, version, json, created_at) values (?, ?, ?, ?)")
			.params(definition.code(), definition.version(), definition.json(), Timestamps.utc(at))
			.update();
	}

	/** The owner, category and scoring rule of an imported definition version. */
	record Imported(String code, int version, PracticeId practice, String category, String scoring) {
	}

	Optional<Imported> imported(String code, int version) {
		return jdbc.sql("""
				select code, version, practice_id, category, scoring from questionnaires_definition
				where code = ? and version = ? and practice_id is not null
				""")
			.params(code, version)
			.query((rs, n) -> new Imported(rs.getString("code"), rs.getInt("version"),
					new PracticeId(rs.getObject("practice_id", UUID.class)), rs.getString("category"),
					rs.getString("scoring")))
			.optional();
	}

	/**
	 * Whoever owns a code: empty when it is unused, a practice when imported, and an
	 * empty owner for a shipped instrument.
	 */
	Optional<Optional<PracticeId>> owner(String code) {
		return jdbc.sql("select practice_id from questionnaires_definition where code = ? order by version desc")
			.param(code)
			.query((rs, n) -> Optional.ofNullable(rs.getObject("practice_id", UUID.class)).map(PracticeId::new))
			.list()
			.stream()
			.findFirst();
	}

	void insertImported(Definition definition, PracticeId practice, String category, String scoring, Instant at) {
		jdbc.sql("""
				insert into questionnaires_definition (code, version, json, created_at, practice_id, category, scoring)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(definition.code(), definition.version(), definition.json(), Timestamps.utc(at), practice.value(),
					category, scoring)
			.update();
	}

	long countDefinitions(String code) {
		return jdbc.sql("select count(*) from questionnaires_definition where code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	/** The instruments a patient has answered, by code. */
	List<String> answeredInstruments(PatientId patient) {
		return jdbc
			.sql("select distinct instrument from questionnaires_response where patient_id = ? order by instrument")
			.param(patient.value())
			.query(String.class)
			.list();
	}

	record StoredResponse(UUID id, PatientId patient, String instrument, int version, Instant authored, String json,
			@Nullable BigDecimal total, @Nullable String band, String domains, AccountId createdBy, Instant createdAt) {
	}

	void insertResponse(StoredResponse response) {
		jdbc.sql("""
				insert into questionnaires_response
				    (id, patient_id, instrument, version, authored, json, total, band, domains, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(response.id(), response.patient().value(), response.instrument(), response.version(),
					Timestamps.utc(response.authored()), response.json(), response.total(), response.band(),
					response.domains(), response.createdBy().value(), Timestamps.utc(response.createdAt()))
			.update();
	}

	record ScoreRow(UUID responseId, Instant authored, @Nullable BigDecimal total, @Nullable String band,
			String domains) {
	}

	/** Scores of one instrument, oldest first; the response JSON is not read. */
	List<ScoreRow> scores(PatientId patient, String instrument) {
		return jdbc.sql("""
				select id, authored, total, band, domains from questionnaires_response
				where patient_id = ? and instrument = ?
				order by authored, created_at, id
				""")
			.params(patient.value(), instrument)
			.query((rs, n) -> new ScoreRow(rs.getObject("id", UUID.class), Timestamps.instant(rs, "authored"),
					rs.getBigDecimal("total"), rs.getString("band"), rs.getString("domains")))
			.list();
	}

	/**
	 * The newest response to one instrument of each patient, in one query per thousand
	 * patients.
	 */
	List<StoredResponse> latestResponses(Collection<PatientId> patients, String instrument) {
		List<StoredResponse> found = new ArrayList<>();
		for (List<UUID> chunk : chunks(patients)) {
			found.addAll(jdbc.sql("""
					select * from (
					    select r.*, row_number() over (partition by patient_id
					                                   order by authored desc, created_at desc, id desc) as newest
					    from questionnaires_response r
					    where instrument = :instrument and patient_id in (:ids)
					) latest where newest = 1
					""").param("instrument", instrument).param("ids", chunk).query((rs, n) -> stored(rs)).list());
		}
		return found;
	}

	/**
	 * Scores of several instruments for several patients, oldest first, without the
	 * response JSON; one query per thousand patients.
	 */
	List<PatientScoreRow> scores(Collection<PatientId> patients, Collection<String> instruments) {
		if (instruments.isEmpty()) {
			return List.of();
		}
		List<PatientScoreRow> found = new ArrayList<>();
		for (List<UUID> chunk : chunks(patients)) {
			found.addAll(jdbc.sql("""
					select id, patient_id, instrument, authored, total, band, domains from questionnaires_response
					where patient_id in (:ids) and instrument in (:instruments)
					order by authored, created_at, id
					""")
				.param("ids", chunk)
				.param("instruments", List.copyOf(instruments))
				.query((rs, n) -> new PatientScoreRow(new PatientId(rs.getObject("patient_id", UUID.class)),
						rs.getString("instrument"),
						new ScoreRow(rs.getObject("id", UUID.class), Timestamps.instant(rs, "authored"),
								rs.getBigDecimal("total"), rs.getString("band"), rs.getString("domains"))))
				.list());
		}
		return found;
	}

	record PatientScoreRow(PatientId patient, String instrument, ScoreRow score) {
	}

	private static StoredResponse stored(ResultSet rs) throws SQLException {
		return new StoredResponse(rs.getObject("id", UUID.class), new PatientId(rs.getObject("patient_id", UUID.class)),
				rs.getString("instrument"), rs.getInt("version"), Timestamps.instant(rs, "authored"),
				rs.getString("json"), rs.getBigDecimal("total"), rs.getString("band"), rs.getString("domains"),
				new AccountId(rs.getObject("created_by", UUID.class)), Timestamps.instant(rs, "created_at"));
	}

	private static List<List<UUID>> chunks(Collection<PatientId> patients) {
		List<UUID> ids = patients.stream().map(PatientId::value).distinct().toList();
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
		}
		return chunks;
	}

	long countResponses(PatientId patient) {
		return jdbc.sql("select count(*) from questionnaires_response where patient_id = ?")
			.param(patient.value())
			.query(Long.class)
			.single();
	}

}
