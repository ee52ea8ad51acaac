package org.cairn.questionnaires;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cairn.consent.DataCategory;
import org.cairn.platform.PracticeId;
import org.cairn.questionnaires.scoring.Instrument;
import org.cairn.questionnaires.scoring.Instruments;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Every instrument a response may answer: the shipped ones ({@link Catalog} and
 * {@link Instruments}) and those a practice imported. An imported instrument's category
 * was chosen at import and stored beside it, never read from the file; only the patient
 * answers one. Its scoring rule is read per version, because a response is scored against
 * the version it answered. Built instruments are kept: definition rows never change.
 */
@Component
class InstrumentDirectory {

	private final JdbcQuestionnaires jdbc;

	private final Definitions definitions;

	private final JsonMapper json;

	private final Map<String, Instrument> built = new ConcurrentHashMap<>();

	InstrumentDirectory(JdbcQuestionnaires jdbc, Definitions definitions, JsonMapper json) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.json = json;
	}

	/** Who answers it and which part of the record it belongs to. */
	Optional<Catalog.Entry> entry(String code) {
		Optional<Catalog.Entry> shipped = Catalog.find(code);
		if (shipped.isPresent()) {
			return shipped;
		}
		return jdbc.latestVersion(code)
			.flatMap(version -> jdbc.imported(code, version))
			.flatMap(imported -> DataCategory.fromCode(imported.category()))
			.map(category -> new Catalog.Entry(category, Catalog.AnsweredBy.PATIENT));
	}

	boolean contains(String code) {
		return entry(code).isPresent();
	}

	/** The practice that imported the newest version, if it was imported. */
	Optional<PracticeId> owner(String code) {
		return jdbc.latestVersion(code).flatMap(version -> jdbc.imported(code, version)).map(i -> i.practice());
	}

	/**
	 * The scorable instrument for a version, or empty for the intake (nothing to score).
	 */
	Optional<Instrument> instrument(String code, int version) {
		Optional<Instrument> shipped = Instruments.find(code);
		if (shipped.isPresent() || Catalog.contains(code)) {
			return shipped;
		}
		String key = code + "|" + version;
		Instrument cached = built.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		return jdbc.imported(code, version).flatMap(imported -> definitions.version(code, version).map(definition -> {
			Instrument instrument = ImportedRule.build(code, definition.title(),
					ImportedRule.ranges(java.util.List.copyOf(definition.items().values())),
					json.readTree(imported.scoring()));
			built.put(key, instrument);
			return instrument;
		}));
	}

	/** The newest version's instrument. */
	Optional<Instrument> latest(String code) {
		return jdbc.latestVersion(code).flatMap(version -> instrument(code, version));
	}

}
