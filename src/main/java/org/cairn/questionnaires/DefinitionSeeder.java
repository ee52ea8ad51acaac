package org.cairn.questionnaires;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stores the shipped definitions ({@code classpath:questionnaires/*.json}) when an
 * instrument is missing or the shipped version is newer than the newest stored one. Older
 * versions stay, because responses point at the version they answered. Reads only
 * {@code id} and {@code version} here, with plain JSON, so start-up does not build the
 * FHIR context; a test parses every file with HAPI. Several instances may start at once:
 * a version another instance stored first is simply skipped.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefinitionSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DefinitionSeeder.class);

	private final JdbcQuestionnaires jdbc;

	private final Clock clock;

	DefinitionSeeder(JdbcQuestionnaires jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:questionnaires/*.json")) {
			Definition shipped = read(resource);
			int stored = jdbc.latestVersion(shipped.code()).orElse(0);
			if (stored < shipped.version()) {
				try {
					jdbc.insertDefinition(shipped, clock.instant());
					log.info("Stored questionnaire {} version {}", shipped.code(), shipped.version());
				}
				catch (DuplicateKeyException raced) {
					// Another instance stored the same version a moment ago.
				}
			}
		}
	}

	static Definition read(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			JsonNode node = JsonMapper.shared().readTree(text);
			String code = node.path("id").asString("");
			String version = node.path("version").asString("");
			if (!Catalog.contains(code) || !version.matches("[1-9][0-9]{0,5}")) {
				throw new IllegalStateException("questionnaire file " + resource.getFilename()
						+ " needs an id of a catalogued instrument and a whole-number version, not '" + code + "' / '"
						+ version + "'");
			}
			return new Definition(code, Integer.parseInt(version), text);
		}
	}

}
