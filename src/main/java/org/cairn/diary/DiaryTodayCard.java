package org.cairn.diary;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.patients.TodayCard;
import org.cairn.platform.PatientId;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Log today" on the patient's Today page, or "logged today" once there is an entry. */
@Component
@Order(60)
class DiaryTodayCard implements TodayCard {

	private final DiaryEntries entries;

	private final AccessPolicy policy;

	DiaryTodayCard(DiaryEntries entries, AccessPolicy policy) {
		this.entries = entries;
		this.policy = policy;
	}

	@Override
	public Slot slot() {
		return Slot.DIARY;
	}

	@Override
	public Optional<View> card(Actor patient, PatientId record) {
		policy.read(patient, record, DataCategory.DIARY, "today/diary");
		LocalDate today = entries.today(record);
		Optional<Day> day = entries.day(record, today);
		return Optional.of(new View("diary/today", "card",
				Map.of("logged", day.isPresent(), "attempts", day.map(d -> d.attempts().size()).orElse(0))));
	}

}
