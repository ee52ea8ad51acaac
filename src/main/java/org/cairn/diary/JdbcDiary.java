package org.cairn.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Diary SQL. Reads for many patients take three queries per thousand patients (entries,
 * pain, attempts), whatever the number of days.
 */
@Repository
class JdbcDiary {

	private static final int CHUNK = 1000;

	private static final String ENTRY = """
			select id, patient_id, client_id, body_hash, entry_date, flare, stress, sleep, cycle_day, bowel_note,
			       bladder_note, helped, note, red_flags, written_at, recorded_at
			from diary_entry
			""";

	private final JdbcClient jdbc;

	JdbcDiary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PatientId patient, StoredEntry stored, AccountId by) {
		DiaryEntry e = stored.entry();
		jdbc.sql(
				"""
						insert into diary_entry (id, patient_id, client_id, body_hash, entry_date, flare, stress, sleep, cycle_day,
						    bowel_note, bladder_note, helped, note, red_flags, written_at, recorded_by, recorded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
			.params(stored.id(), patient.value(), stored.clientId(), stored.bodyHash(), e.date(), e.flare(), e.stress(),
					e.sleep(), e.cycleDay(), e.bowelNote(), e.bladderNote(), e.helped(), e.note(),
					String.join(",", e.redFlags()), Timestamps.utc(stored.writtenAt()), by.value(),
					Timestamps.utc(stored.recordedAt()))
			.update();
		for (Map.Entry<String, Integer> pain : e.pain().entrySet()) {
			jdbc.sql("insert into diary_pain (entry_id, activity, pain) values (?, ?, ?)")
				.params(stored.id(), pain.getKey(), pain.getValue())
				.update();
		}
		for (int i = 0; i < e.attempts().size(); i++) {
			DiaryEntry.Attempt a = e.attempts().get(i);
			jdbc.sql("""
					insert into diary_attempt (entry_id, seq, attempt_type, dilator_size, pain, location,
					    pain_after_minutes, stopped)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(stored.id(), i, a.type(), a.dilatorSize(), a.pain(), a.location(), a.painAfterMinutes(),
						a.stopped())
				.update();
		}
	}

	Optional<StoredEntry> byClientId(PatientId patient, String clientId) {
		List<Row> rows = jdbc.sql(ENTRY + "where patient_id = ? and client_id = ?")
			.params(patient.value(), clientId)
			.query(JdbcDiary::row)
			.list();
		return complete(rows).values().stream().flatMap(List::stream).findFirst();
	}

	/** Every entry of the patients dated from {@code from} to {@code to}, by patient. */
	Map<PatientId, List<StoredEntry>> between(Collection<PatientId> patients, LocalDate from, LocalDate to) {
		List<UUID> ids = patients.stream().map(PatientId::value).distinct().toList();
		Map<PatientId, List<StoredEntry>> found = new LinkedHashMap<>();
		for (int start = 0; start < ids.size(); start += CHUNK) {
			List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
			List<Row> rows = jdbc
				.sql(ENTRY + "where patient_id in (:ids) and entry_date between :from and :to "
						+ "order by patient_id, entry_date, written_at, recorded_at, id")
				.param("ids", chunk)
				.param("from", from)
				.param("to", to)
				.query(JdbcDiary::row)
				.list();
			complete(rows, chunk, from, to)
				.forEach((p, list) -> found.computeIfAbsent(p, k -> new ArrayList<>()).addAll(list));
		}
		return found;
	}

	/** The latest date with an entry before {@code date}, for the page's defaults. */
	Optional<LocalDate> lastDateBefore(PatientId patient, LocalDate date) {
		return jdbc.sql("select max(entry_date) from diary_entry where patient_id = ? and entry_date < ?")
			.params(patient.value(), date)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single();
	}

	private record Row(UUID id, PatientId patient, String clientId, String bodyHash, LocalDate date, boolean flare,
			@Nullable Integer stress, @Nullable Integer sleep, @Nullable Integer cycleDay, @Nullable String bowel,
			@Nullable String bladder, @Nullable String helped, @Nullable String note, String redFlags,
			java.time.Instant writtenAt, java.time.Instant recordedAt) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), new PatientId(rs.getObject("patient_id", UUID.class)),
				rs.getString("client_id"), rs.getString("body_hash"), rs.getObject("entry_date", LocalDate.class),
				rs.getBoolean("flare"), rs.getObject("stress", Integer.class), rs.getObject("sleep", Integer.class),
				rs.getObject("cycle_day", Integer.class), rs.getString("bowel_note"), rs.getString("bladder_note"),
				rs.getString("helped"), rs.getString("note"), rs.getString("red_flags"),
				Timestamps.instant(rs, "written_at"), Timestamps.instant(rs, "recorded_at"));
	}

	/** Adds pain and attempts to rows of one entry (by id). */
	private Map<PatientId, List<StoredEntry>> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, Map<String, Integer>> pain = new HashMap<>();
		jdbc.sql("select entry_id, activity, pain from diary_pain where entry_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> pain.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("activity"), rs.getInt("pain")))
			.list();
		Map<UUID, List<DiaryEntry.Attempt>> attempts = new HashMap<>();
		jdbc.sql(ATTEMPTS + "where entry_id in (:ids) order by entry_id, seq")
			.param("ids", ids)
			.query((rs, n) -> attempts.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>())
				.add(attempt(rs)))
			.list();
		return assemble(rows, pain, attempts);
	}

	/**
	 * Adds pain and attempts to the rows of many patients with one query each, selecting
	 * by the same patient and date range as the rows rather than by a list of entry ids.
	 */
	private Map<PatientId, List<StoredEntry>> complete(List<Row> rows, List<UUID> patients, LocalDate from,
			LocalDate to) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Map<String, Integer>> pain = new HashMap<>();
		jdbc.sql("""
				select p.entry_id, p.activity, p.pain from diary_pain p join diary_entry e on e.id = p.entry_id
				where e.patient_id in (:ids) and e.entry_date between :from and :to
				""")
			.param("ids", patients)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> pain.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("activity"), rs.getInt("pain")))
			.list();
		Map<UUID, List<DiaryEntry.Attempt>> attempts = new HashMap<>();
		jdbc.sql("""
				select a.entry_id, a.seq, a.attempt_type, a.dilator_size, a.pain, a.location, a.pain_after_minutes,
				       a.stopped
				from diary_attempt a join diary_entry e on e.id = a.entry_id
				where e.patient_id in (:ids) and e.entry_date between :from and :to
				order by a.entry_id, a.seq
				""")
			.param("ids", patients)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> attempts.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>())
				.add(attempt(rs)))
			.list();
		return assemble(rows, pain, attempts);
	}

	private static final String ATTEMPTS = """
			select entry_id, seq, attempt_type, dilator_size, pain, location, pain_after_minutes, stopped
			from diary_attempt
			""";

	private static DiaryEntry.Attempt attempt(ResultSet rs) throws SQLException {
		return new DiaryEntry.Attempt(rs.getString("attempt_type"), rs.getObject("dilator_size", Integer.class),
				rs.getInt("pain"), rs.getString("location"), rs.getObject("pain_after_minutes", Integer.class),
				rs.getBoolean("stopped"));
	}

	private static Map<PatientId, List<StoredEntry>> assemble(List<Row> rows, Map<UUID, Map<String, Integer>> pain,
			Map<UUID, List<DiaryEntry.Attempt>> attempts) {
		Map<PatientId, List<StoredEntry>> out = new LinkedHashMap<>();
		for (Row r : rows) {
			DiaryEntry entry = new DiaryEntry(r.date(), pain.getOrDefault(r.id(), Map.of()),
					attempts.getOrDefault(r.id(), List.of()), r.flare(), r.stress(), r.sleep(), r.cycleDay(), r.bowel(),
					r.bladder(), r.helped(), r.note(), r.redFlags().isEmpty() ? java.util.Set.of()
							: new LinkedHashSet<>(Arrays.asList(r.redFlags().split(","))));
			out.computeIfAbsent(r.patient(), k -> new ArrayList<>())
				.add(new StoredEntry(r.id(), r.clientId(), entry, r.writtenAt(), r.recordedAt(), r.bodyHash()));
		}
		return out;
	}

}
