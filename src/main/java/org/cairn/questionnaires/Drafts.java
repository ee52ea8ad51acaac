package org.cairn.questionnaires;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairn.platform.PatientId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Saved, unsubmitted answers ("save and finish later"), per patient and instrument.
 * Always keyed by the signed-in patient's own record (hazard: a draft shown to another
 * person).
 */
@Service
class Drafts {

	private final JdbcDrafts jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Drafts(JdbcDrafts jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** A draft read back: the version it answers, the page to resume at, the answers. */
	record Saved(int version, String page, PageFlow.Answers answers) {
	}

	Optional<Saved> find(PatientId patient, String instrument) {
		return jdbc.find(patient, instrument).map(d -> new Saved(d.version(), d.page(), read(d.answers())));
	}

	void save(PatientId patient, String instrument, int version, String page, PageFlow.Answers answers) {
		jdbc.save(new JdbcDrafts.Draft(patient, instrument, version, page, json.writeValueAsString(answers.values()),
				clock.instant()));
	}

	void delete(PatientId patient, String instrument) {
		jdbc.delete(patient, instrument);
	}

	java.util.Set<String> started(PatientId patient) {
		return jdbc.started(patient);
	}

	boolean submitted(PatientId patient, String instrument) {
		return jdbc.submitted(patient, instrument);
	}

	private PageFlow.Answers read(String text) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		JsonNode tree = json.readTree(text);
		tree.properties().forEach(entry -> {
			List<String> list = new ArrayList<>();
			entry.getValue().forEach(v -> list.add(v.asString()));
			values.put(entry.getKey(), list);
		});
		return new PageFlow.Answers(values);
	}

}
