package org.cairn.homeprogram;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library Cairn ships: enough exercises in every category, each complete in every
 * translation, written the way Cairn speaks to patients.
 */
class LibraryTest {

	private static final Path BUNDLES = Path.of("src/main/resources/homeprogram");

	static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(p -> p.getFileName().toString().matches("exercises(_[A-Za-z_]+)?\\.properties"))
				.sorted()
				.toList();
		}
	}

	static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void shipsAtLeastFortyExercisesAcrossEveryCategory() {
		assertThat(Library.ENTRIES).hasSizeGreaterThanOrEqualTo(40);
		Set<Category> covered = Library.ENTRIES.stream().map(Library.Entry::category).collect(Collectors.toSet());
		assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Category.class));
		Library.ENTRIES.forEach(e -> assertThat(e.domains()).as(e.code()).isNotEmpty());
		assertThat(Library.ENTRIES.stream().map(Library.Entry::id).distinct()).hasSize(Library.ENTRIES.size());
	}

	@Test
	void everyExerciseHasEveryFieldInEveryBundle() throws IOException {
		List<Path> bundles = bundles();
		assertThat(bundles).isNotEmpty();
		List<String> missing = new ArrayList<>();
		for (Path bundle : bundles) {
			Properties words = load(bundle);
			for (Library.Entry entry : Library.ENTRIES) {
				for (String field : Library.FIELDS) {
					String value = words.getProperty(entry.code() + "." + field);
					if (value == null || value.isBlank()) {
						missing.add(bundle.getFileName() + ": " + entry.code() + "." + field);
					}
				}
			}
			// Nothing in a bundle that the library does not have.
			Set<String> codes = Library.ENTRIES.stream().map(Library.Entry::code).collect(Collectors.toSet());
			for (String key : words.stringPropertyNames()) {
				String code = key.substring(0, key.lastIndexOf('.'));
				if (!codes.contains(code) || !Library.FIELDS.contains(key.substring(key.lastIndexOf('.') + 1))) {
					missing.add(bundle.getFileName() + ": unexpected key " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyExerciseReadsAsStepsADoseAndWhenToStop() {
		Library library = new Library(null, java.time.Clock.systemUTC());
		for (Library.Entry entry : Library.ENTRIES) {
			Exercise exercise = library.text(entry, Locale.ENGLISH);
			assertThat(exercise.steps()).as(entry.code()).hasSizeBetween(3, 8);
			assertThat(exercise.title()).as(entry.code()).isNotBlank().hasSizeLessThanOrEqualTo(120);
			assertThat(exercise.stopIf()).as(entry.code()).isNotBlank();
			assertThat(exercise.dose()).as(entry.code()).isNotBlank();
		}
	}

	@Test
	void neverTellsAPatientToJustRelaxOrBlamesThem() throws IOException {
		for (Path bundle : bundles()) {
			Properties words = load(bundle);
			for (String key : words.stringPropertyNames()) {
				String text = words.getProperty(key).toLowerCase(Locale.ROOT);
				assertThat(text).as(key)
					.doesNotContain("just relax", "your fault", "you failed", "you should have", "non-compliant",
							"noncompliant");
			}
		}
	}

	@Test
	void gradedInsertionExercisesSayTheyCanStopAtAnyTime() throws IOException {
		Properties words = load(BUNDLES.resolve("exercises.properties"));
		Library.ENTRIES.stream().filter(e -> e.category() == Category.GRADED_INSERTION).forEach(e -> {
			assertThat(e.category().needsInsertionAgreement()).isTrue();
			assertThat(words.getProperty(e.code() + ".stop")).as(e.code()).containsIgnoringCase("stop if");
		});
	}

}
