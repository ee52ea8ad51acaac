package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.scoring.DomainScore;
import org.cairn.questionnaires.scoring.Flag;
import org.cairn.questionnaires.scoring.InvalidAnswers;
import org.cairn.questionnaires.scoring.Score;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records questionnaire responses: checks them, scores the standardized ones, stores
 * response and score in one transaction, and raises red flags. Callers have passed the
 * access policy.
 * <p>
 * Safety (hazards H04, H19): red flags are read from the valid answers even when the
 * response as a whole is refused. A refused response stores nothing, but its red flags
 * are published in a transaction of their own before the refusal is thrown, so the care
 * team's alert is never lost behind a typo in another item; the caller shows the patient
 * the safety message with the 422.
 */
@Service
class Responses {

	private final ResponseReader reader;

	private final JdbcQuestionnaires jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final InstrumentDirectory directory;

	Responses(ResponseReader reader, JdbcQuestionnaires jdbc, ApplicationEventPublisher events,
			TransactionTemplate transactions, JsonMapper json, Clock clock, InstrumentDirectory directory) {
		this.directory = directory;
		this.reader = reader;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A stored response: its score (null for the intake, which has none) and its red
	 * flags.
	 */
	record Recorded(UUID id, String instrument, int version, Instant authored, @Nullable Score score,
			List<RaisedFlag> redFlags) {

		List<Flag> flags() {
			return score == null ? List.of() : score.flags();
		}

	}

	/**
	 * @throws RefusedResponse naming each item at fault; nothing stored, red flags
	 * already raised
	 */
	Recorded record(PatientId patient, Actor actor, ResponseReader.Submission submission) {
		ResponseReader.Checked checked = reader.check(submission);
		Map<String, String> problems = new LinkedHashMap<>(checked.problems());
		List<RaisedFlag> redFlags = new ArrayList<>(checked.intakeFlags());
		Score score = null;
		var instrument = directory.instrument(submission.instrument(), submission.definition().version());
		if (instrument.isPresent()) {
			try {
				score = instrument.get().score(checked.scored());
				score.flags()
					.stream()
					.filter(Flag::urgent)
					.forEach(f -> redFlags.add(0, new RaisedFlag(f.code(), true)));
			}
			catch (InvalidAnswers invalid) {
				invalid.fieldErrors().forEach(problems::putIfAbsent);
				invalid.redFlags().forEach(f -> redFlags.add(0, new RaisedFlag(f.code(), f.urgent())));
			}
		}
		Instant now = clock.instant();
		if (!problems.isEmpty()) {
			if (!redFlags.isEmpty()) {
				transactions.executeWithoutResult(status -> events
					.publishEvent(new RedFlagRaised(patient, null, submission.instrument(), redFlags, now)));
			}
			throw new RefusedResponse(patient,
					submission.instrument() + " response not stored: " + String.join("; ", problems.values()), problems,
					redFlags);
		}
		UUID id = UUID.randomUUID();
		var response = submission.response();
		response.setId(id.toString());
		response.setQuestionnaire("Questionnaire/" + submission.instrument() + "|" + submission.definition().version());
		response.setSubject(new Reference("Patient/" + patient));
		response.setAuthored(Date.from(checked.authored()));
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		String stored = reader.encode(response);
		Score scored = score;
		transactions.executeWithoutResult(status -> {
			jdbc.insertResponse(new JdbcQuestionnaires.StoredResponse(id, patient, submission.instrument(),
					submission.definition().version(), checked.authored(), stored,
					scored == null ? null : scored.total(),
					scored == null || scored.band() == null ? null : scored.band().code(), domains(scored), actor.id(),
					now));
			events.publishEvent(new ResponseRecorded(patient, id, submission.instrument(),
					submission.definition().version(), checked.authored()));
			if (!redFlags.isEmpty()) {
				events.publishEvent(new RedFlagRaised(patient, id, submission.instrument(), redFlags, now));
			}
		});
		return new Recorded(id, submission.instrument(), submission.definition().version(), checked.authored(), score,
				List.copyOf(redFlags));
	}

	/** A stored score, for lists and charts; {@code domains} as the engine keys them. */
	record ScoreEntry(UUID responseId, Instant authored, @Nullable BigDecimal total, Map<String, DomainScore> domains,
			@Nullable String band) {
	}

	/** The instruments this patient has answered, by code. */
	List<String> answered(PatientId patient) {
		return jdbc.answeredInstruments(patient);
	}

	List<ScoreEntry> scores(PatientId patient, String instrument) {
		return jdbc.scores(patient, instrument)
			.stream()
			.map(row -> new ScoreEntry(row.responseId(), row.authored(), row.total(), readDomains(row.domains()),
					row.band()))
			.toList();
	}

	private String domains(@Nullable Score score) {
		Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
		if (score != null) {
			score.domains().forEach((code, domain) -> {
				Map<String, Object> value = new LinkedHashMap<>();
				value.put("value", domain.value());
				value.put("noActivity", domain.noActivity());
				domains.put(code, value);
			});
		}
		return json.writeValueAsString(domains);
	}

	Map<String, DomainScore> readDomains(String text) {
		Map<String, DomainScore> domains = new LinkedHashMap<>();
		json.readTree(text)
			.properties()
			.forEach(entry -> domains.put(entry.getKey(), new DomainScore(entry.getValue().get("value").decimalValue(),
					entry.getValue().get("noActivity").asBoolean())));
		return domains;
	}

}
