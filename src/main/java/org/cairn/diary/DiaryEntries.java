package org.cairn.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cairn.identity.Actor;
import org.cairn.patients.Patient;
import org.cairn.patients.Patients;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.platform.Sha256;
import org.cairn.questionnaires.RaisedFlag;
import org.cairn.questionnaires.RedFlagRaised;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records diary entries and reads diary days. Callers have passed the access policy for
 * {@code diary}.
 * <p>
 * Idempotent on the entry's client id (hazard D01): the unique constraint on (patient,
 * client id) decides, not a look-up before the insert, so concurrent replays of one entry
 * store it once; the losers read the winner's entry and answer it as a replay. The same
 * client id with a different entry is refused as a conflict.
 * <p>
 * Safety (hazards D03, D04): red-flag answers are published as {@link RedFlagRaised} in
 * the transaction that stores the entry, so the alert that {@code safety} opens commits
 * with it; an entry refused for bad input still raises its red flags, in a transaction of
 * their own, before the refusal is thrown.
 */
@Service
public class DiaryEntries {

	/** The instrument name alerts carry for diary answers. */
	static final String INSTRUMENT = "diary";

	private final JdbcDiary jdbc;

	private final Patients patients;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DiaryEntries(JdbcDiary jdbc, Patients patients, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.patients = patients;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A stored entry, whether this request stored it ({@code created}) or an earlier one
	 * with the same client id did.
	 */
	record Recorded(StoredEntry stored, boolean created) {

		List<RaisedFlag> redFlags() {
			return flags(stored.entry());
		}

	}

	/**
	 * Records an entry checked by {@link EntryRules}, for modules that hold one in hand
	 * (the demo practice). Callers have passed the access policy for {@code diary}.
	 * @param writtenAt when the patient wrote it, or null for now
	 * @return the entry's id, the same for a replay of the same client id
	 * @throws InvalidInputException naming each field at fault; nothing stored
	 */
	public UUID record(Actor actor, PatientId patient, String clientId, DiaryEntry entry, @Nullable Instant writtenAt) {
		Map<String, String> problems = EntryRules.problems(clientId, entry, today(patient));
		if (!problems.isEmpty()) {
			throw new InvalidInputException("Diary entry not stored: " + String.join("; ", problems.values()),
					problems);
		}
		return store(actor, patient, clientId, entry, writtenAt).stored().id();
	}

	/**
	 * Records an entry read from the API or the page.
	 * @throws RefusedEntry naming each field at fault; nothing stored, red flags already
	 * raised
	 * @throws ConflictException when the client id was used for a different entry
	 */
	Recorded record(Actor actor, PatientId patient, EntryInput.Read read) {
		if (!read.ok()) {
			List<RaisedFlag> flags = read.redFlags().stream().map(code -> new RaisedFlag(code, false)).toList();
			if (!flags.isEmpty()) {
				Instant now = clock.instant();
				transactions.executeWithoutResult(
						status -> events.publishEvent(new RedFlagRaised(patient, null, INSTRUMENT, flags, now)));
			}
			throw new RefusedEntry(patient, "Diary entry not stored: " + String.join("; ", read.problems().values()),
					read.problems(), flags);
		}
		return store(actor, patient, java.util.Objects.requireNonNull(read.clientId()),
				java.util.Objects.requireNonNull(read.entry()), read.writtenAt());
	}

	private Recorded store(Actor actor, PatientId patient, String clientId, DiaryEntry entry,
			@Nullable Instant writtenAt) {
		String hash = Sha256.hex(entry.canonical());
		Optional<Recorded> replay = replay(patient, clientId, hash);
		if (replay.isPresent()) {
			return replay.get();
		}
		Instant now = clock.instant();
		// A device clock ahead of ours cannot put an entry after one written later.
		Instant written = writtenAt == null || writtenAt.isAfter(now) ? now : writtenAt;
		StoredEntry stored = new StoredEntry(UUID.randomUUID(), clientId, entry, written, now, hash);
		try {
			transactions.executeWithoutResult(status -> {
				jdbc.insert(patient, stored, actor.id());
				List<RaisedFlag> flags = flags(entry);
				if (!flags.isEmpty()) {
					events.publishEvent(new RedFlagRaised(patient, stored.id(), INSTRUMENT, flags, now));
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// Another request stored this client id first: answer as its replay, once
			// it has committed (a database may report the clash before the other commit).
			for (int attempt = 0; attempt < 50; attempt++) {
				Optional<Recorded> winner = replay(patient, clientId, hash);
				if (winner.isPresent()) {
					return winner.get();
				}
				pause();
			}
			throw ex;
		}
		return new Recorded(stored, true);
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private Optional<Recorded> replay(PatientId patient, String clientId, String hash) {
		return jdbc.byClientId(patient, clientId).map(existing -> {
			if (!existing.bodyHash().equals(hash)) {
				throw new ConflictException("An entry with this clientId was already saved with other values. "
						+ "Give a new entry a new clientId.");
			}
			return new Recorded(existing, false);
		});
	}

	private static List<RaisedFlag> flags(DiaryEntry entry) {
		return entry.redFlags().stream().map(code -> new RaisedFlag(code, false)).toList();
	}

	/** The days with entries, oldest first. */
	List<Day> days(PatientId patient, LocalDate from, LocalDate to) {
		return Day.days(jdbc.between(List.of(patient), from, to).getOrDefault(patient, List.of()));
	}

	Optional<Day> day(PatientId patient, LocalDate date) {
		List<Day> days = days(patient, date, date);
		return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
	}

	/** The most recent day with entries before {@code date}, for the page's defaults. */
	Optional<Day> dayBefore(PatientId patient, LocalDate date) {
		return jdbc.lastDateBefore(patient, date).flatMap(d -> day(patient, d));
	}

	/** Today in the patient's own time zone. */
	LocalDate today(PatientId patient) {
		return clock.instant().atZone(zone(patient)).toLocalDate();
	}

	ZoneId zone(PatientId patient) {
		return patients.find(patient)
			.map(Patient::timeZone)
			.orElseThrow(() -> new NotFoundException("No record with this id."));
	}

}
