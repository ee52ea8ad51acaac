package org.cairn.diary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.platform.PatientId;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The seam progress reads, through the database, for several patients at once. */
class DiaryDaysIT extends IntegrationTest {

	@Autowired
	DiaryDays days;

	@Autowired
	DiaryEntries entries;

	private static DiaryEntry entry(LocalDate date, Map<String, Integer> pain, List<DiaryEntry.Attempt> attempts,
			boolean flare, Integer stress, Integer sleep, Integer cycleDay) {
		return new DiaryEntry(date, pain, attempts, flare, stress, sleep, cycleDay, null, null, null, null, Set.of());
	}

	@Test
	void readsTheWorstPainPerActivityAndTheDaysValuesForManyPatients() {
		var physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		PatientRecord sam = data.patient(physio);
		PatientRecord kai = data.patient(physio);
		PatientRecord none = data.patient(physio);
		LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate monday = today.minusDays(10);
		// Sam, Monday morning: penetration rated 3, a dilator at 5. Monday evening
		// amends:
		// penetration 2, a partner at 4, stress 6, a flare. Worst penetration: 5.
		entries.record(sam.person().actor(), sam.id(), "s1-" + TestData.unique(),
				entry(monday, Map.of("penetration", 3, "sitting", 2),
						List.of(new DiaryEntry.Attempt("dilator", 3, 5, "superficial", 30, false)), false, 3, 4, 10),
				monday.atStartOfDay(ZoneOffset.UTC).plusHours(8).toInstant());
		entries.record(sam.person().actor(), sam.id(), "s2-" + TestData.unique(),
				entry(monday, Map.of("penetration", 2),
						List.of(new DiaryEntry.Attempt("partner", null, 4, "both", 120, true)), true, 6, 2, 10),
				monday.atStartOfDay(ZoneOffset.UTC).plusHours(20).toInstant());
		// Kai, Tuesday: a tampon at 6, no ratings. Kai, the day before the range: left
		// out.
		entries.record(kai.person().actor(), kai.id(), "k1-" + TestData.unique(),
				entry(monday.plusDays(1), Map.of(),
						List.of(new DiaryEntry.Attempt("tampon", null, 6, null, null, false)), false, null, null, null),
				null);
		entries.record(kai.person().actor(), kai.id(), "k0-" + TestData.unique(),
				entry(monday.minusDays(1), Map.of("sitting", 9), List.of(), false, null, null, null), null);

		Map<PatientId, List<DiaryDay>> read = days.between(List.of(sam.id(), kai.id(), none.id()), monday,
				monday.plusDays(6));

		assertThat(read).containsOnlyKeys(sam.id(), kai.id());
		assertThat(read.get(sam.id())).containsExactly(new DiaryDay(monday, Map.of("penetration", 5), true, 6, 2, 10));
		assertThat(read.get(kai.id()))
			.containsExactly(new DiaryDay(monday.plusDays(1), Map.of("tampon", 6), false, null, null, null));
	}

}
