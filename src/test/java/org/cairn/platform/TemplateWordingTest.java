package org.cairn.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word on a page comes from the message bundle, so that wording can be reviewed in
 * one place and translated later. Reads the templates as text; no Spring needed.
 */
class TemplateWordingTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9._-]+)[}(]");

	// Attributes people read or hear; each must be set through th: from the bundle.
	private static final Pattern LITERAL_READ_ATTRIBUTE = Pattern
		.compile("\\s(aria-label|title|alt|placeholder|aria-description)=\"");

	@Test
	void templatesHaveNoTextOutsideTheMessageBundle() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			for (String text : textNodes(Files.readString(template))) {
				found.add(TEMPLATES.relativize(template) + ": " + text);
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void readableAttributesComeFromTheMessageBundle() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = LITERAL_READ_ATTRIBUTE.matcher(Files.readString(template));
			while (m.find()) {
				found.add(TEMPLATES.relativize(template) + ": " + m.group(1));
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
			while (m.find()) {
				if (!messages.containsKey(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Text between tags, skipping comments and what sits inside quoted attribute values.
	 */
	static List<String> textNodes(String html) {
		String source = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?i)<!DOCTYPE[^>]*>", "");
		List<String> texts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		boolean inTag = false;
		char quote = 0;
		for (char c : source.toCharArray()) {
			if (inTag) {
				if (quote != 0) {
					quote = c == quote ? 0 : quote;
				}
				else if (c == '"' || c == '\'') {
					quote = c;
				}
				else if (c == '>') {
					inTag = false;
				}
			}
			else if (c == '<') {
				inTag = true;
				if (!text.toString().isBlank()) {
					texts.add(text.toString().strip());
				}
				text.setLength(0);
			}
			else {
				text.append(c);
			}
		}
		if (!text.toString().isBlank()) {
			texts.add(text.toString().strip());
		}
		return texts;
	}

}
