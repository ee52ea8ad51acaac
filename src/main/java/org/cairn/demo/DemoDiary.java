package org.cairn.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.cairn.diary.DiaryEntries;
import org.cairn.diary.DiaryEntry;
import org.cairn.identity.Actor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Alex's last twelve weeks of diary, up to yesterday, on a course that is not a straight
 * line: pain with penetration (the activity Alex most wants back) easing from about 7 to
 * 4 over the first six weeks, a flare of a few days in week 7, then four to five weeks
 * around 4, so that the plateau rule fires (the last three weekly medians no better than
 * the three before by 2 points or 30%). Dilator practice most weeks, a try with a partner
 * every other week, stress, sleep, a cycle, and some days skipped, as real diaries are.
 * Fixed by a seed, so every demo looks the same; dates are relative to the clock.
 */
@Component
@Order(60)
class DemoDiary implements DemoContent {

	static final ZoneId ALEX_ZONE = ZoneId.of("Europe/London");

	static final int WEEKS = 12;

	private final DiaryEntries diary;

	private final Clock clock;

	DemoDiary(DiaryEntries diary, Clock clock) {
		this.diary = diary;
		this.clock = clock;
	}

	@Override
	public void seed(DemoCast cast) {
		Actor alex = cast.alexAccount().toActor();
		LocalDate today = clock.instant().atZone(ALEX_ZONE).toLocalDate();
		for (DiaryEntry entry : course(today)) {
			diary.record(alex, cast.alex(), "demo-diary-" + entry.date(), entry,
					entry.date().atTime(LocalTime.of(20, 30)).atZone(ALEX_ZONE).toInstant());
		}
	}

	/**
	 * The typical pain with penetration in week {@code week} (1 to 12): easing over six
	 * weeks, a flare in week 7, then a plateau.
	 */
	static double typicalPenetrationPain(int week, int dayOfWeek) {
		if (week <= 6) {
			return 7.0 - (week - 1) * 0.55;
		}
		if (week == 7) {
			return dayOfWeek >= 2 && dayOfWeek <= 4 ? 7.5 : 4.5;
		}
		return 4.0;
	}

	/**
	 * The entries, oldest first: day 1 is twelve weeks before today, the last is
	 * yesterday.
	 */
	static List<DiaryEntry> course(LocalDate today) {
		Random random = new Random(60);
		LocalDate first = today.minusDays(WEEKS * 7L);
		List<DiaryEntry> entries = new ArrayList<>();
		int cycleDay = 9;
		for (int i = 0; i < WEEKS * 7; i++) {
			LocalDate date = first.plusDays(i);
			int week = i / 7 + 1;
			int dayOfWeek = i % 7;
			cycleDay = cycleDay % 29 + 1;
			boolean flare = week == 7 && dayOfWeek >= 2 && dayOfWeek <= 4;
			// About one day in eight is skipped, never a flare day.
			if (!flare && random.nextInt(8) == 0) {
				continue;
			}
			double typical = typicalPenetrationPain(week, dayOfWeek);
			// Day-to-day wobble of a point either way; on the plateau it only ever drifts
			// up.
			int wobble = random.nextInt(4);
			int noise = week >= 8 ? (wobble == 0 ? 1 : 0) : wobble == 0 ? -1 : wobble == 1 ? 1 : 0;
			Map<String, Integer> pain = new LinkedHashMap<>();
			pain.put("sitting", clamp((int) Math.round(typical / 2) + (flare ? 3 : 0) + random.nextInt(2)));
			List<DiaryEntry.Attempt> attempts = new ArrayList<>();
			boolean practice = dayOfWeek == 0 || dayOfWeek == 2 || dayOfWeek == 4 || dayOfWeek == 6;
			if (practice || flare) {
				int size = week <= 4 ? 2 : week <= 9 ? 3 : 4;
				int attemptPain = clamp((int) Math.round(typical) + noise);
				attempts.add(new DiaryEntry.Attempt("dilator", size, attemptPain, "superficial",
						flare ? 360 : week <= 4 ? 120 : 30, flare));
			}
			if (dayOfWeek == 5 && week % 2 == 0) {
				int partnerPain = clamp((int) Math.round(typical) + 1 + noise);
				attempts.add(new DiaryEntry.Attempt("partner", null, partnerPain, week <= 6 ? "both" : "superficial",
						week <= 6 ? 360 : 120, partnerPain >= 6));
			}
			int stress = clamp((flare ? 7 : week <= 3 ? 6 : 4) + random.nextInt(3) - 1);
			int sleep = Math.max(1, Math.min(5, (flare ? 2 : 3) + random.nextInt(2)));
			String bowel = dayOfWeek == 1 && week % 3 == 0 ? "Some straining this morning." : null;
			String helped = flare ? "Heat pack and the breathing exercise." : dayOfWeek == 6 ? "A long walk." : null;
			String note = week == 7 && dayOfWeek == 2 ? "Busy week at work; pain flared up." : null;
			entries.add(new DiaryEntry(date, pain, attempts, flare, stress, sleep, cycleDay, bowel, null, helped, note,
					Set.of()));
		}
		return entries;
	}

	private static int clamp(int pain) {
		return Math.max(0, Math.min(10, pain));
	}

}
