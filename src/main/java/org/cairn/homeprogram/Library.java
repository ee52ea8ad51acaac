package org.cairn.homeprogram;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cairn.contributors.ContributorDomain;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.team.Discipline;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Service;

import static org.cairn.contributors.ContributorDomain.BLADDER;
import static org.cairn.contributors.ContributorDomain.BOWEL;
import static org.cairn.contributors.ContributorDomain.FEAR_AND_AVOIDANCE;
import static org.cairn.contributors.ContributorDomain.MOVEMENT_AND_POSTURE;
import static org.cairn.contributors.ContributorDomain.NERVOUS_SYSTEM_SENSITIZATION;
import static org.cairn.contributors.ContributorDomain.PELVIC_FLOOR_MUSCLE;
import static org.cairn.contributors.ContributorDomain.POSTPARTUM_RECOVERY;
import static org.cairn.contributors.ContributorDomain.RELATIONSHIP_AND_INTIMACY;
import static org.cairn.contributors.ContributorDomain.STRESS_AND_MOOD;
import static org.cairn.contributors.ContributorDomain.TRAUMA;
import static org.cairn.homeprogram.Category.BOWEL_BLADDER;
import static org.cairn.homeprogram.Category.BREATHING;
import static org.cairn.homeprogram.Category.COORDINATION_STRENGTH;
import static org.cairn.homeprogram.Category.GRADED_INSERTION;
import static org.cairn.homeprogram.Category.MOVEMENT;
import static org.cairn.homeprogram.Category.PARTNER;
import static org.cairn.homeprogram.Category.REGULATION;
import static org.cairn.homeprogram.Category.RELEASE;
import static org.cairn.homeprogram.Category.SENSORY;
import static org.cairn.homeprogram.Category.SEX_THERAPY;
import static org.cairn.team.Discipline.GASTROENTEROLOGY;
import static org.cairn.team.Discipline.MENTAL_HEALTH;
import static org.cairn.team.Discipline.PAIN_MEDICINE;
import static org.cairn.team.Discipline.PELVIC_FLOOR_PT;
import static org.cairn.team.Discipline.UROLOGY;

/**
 * The exercise library: Cairn's own exercises, whose structure (category, discipline,
 * contributor areas) is fixed here and whose words live in the bundle
 * {@code homeprogram/exercises} so that a translation is one file; and each practice's
 * own exercises, stored as written.
 *
 * <p>
 * The bundle has its own message source, kept out of the application context so that the
 * page bundle stays the one {@code MessageSource} bean.
 */
@Service
class Library {

	static final String BUNDLE = "homeprogram/exercises";

	/** The keys every library exercise has in every bundle. */
	static final List<String> FIELDS = List.of("title", "purpose", "steps", "dose", "cautions", "stop");

	/** A library exercise's fixed facts; its words come from the bundle. */
	record Entry(String code, Category category, Discipline discipline, Set<ContributorDomain> domains) {

		UUID id() {
			return idOf(code);
		}

	}

	static final List<Entry> ENTRIES = List.of(
			// Breathing
			entry("belly-breathing", BREATHING, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, MOVEMENT_AND_POSTURE,
					NERVOUS_SYSTEM_SENSITIZATION),
			entry("pelvic-floor-breath", BREATHING, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, POSTPARTUM_RECOVERY),
			entry("humming-exhale", BREATHING, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, STRESS_AND_MOOD,
					FEAR_AND_AVOIDANCE),
			entry("side-rib-breathing", BREATHING, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE, PELVIC_FLOOR_MUSCLE),
			// Release and down-training in supported positions
			entry("legs-up-rest", RELEASE, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE),
			entry("childs-pose-breathing", RELEASE, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, MOVEMENT_AND_POSTURE),
			entry("happy-baby", RELEASE, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE),
			entry("supported-butterfly", RELEASE, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, NERVOUS_SYSTEM_SENSITIZATION),
			entry("jaw-and-pelvis", RELEASE, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, STRESS_AND_MOOD),
			// Coordination and strength, only when prescribed
			entry("contract-and-release", COORDINATION_STRENGTH, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE,
					POSTPARTUM_RECOVERY),
			entry("bridge-with-breath", COORDINATION_STRENGTH, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE,
					PELVIC_FLOOR_MUSCLE, POSTPARTUM_RECOVERY),
			entry("sit-to-stand-breath", COORDINATION_STRENGTH, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE,
					PELVIC_FLOOR_MUSCLE),
			entry("clamshell", COORDINATION_STRENGTH, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE),
			// Movement of hips, spine and feet
			entry("pelvic-tilts", MOVEMENT, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE, POSTPARTUM_RECOVERY),
			entry("cat-cow", MOVEMENT, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE, PELVIC_FLOOR_MUSCLE),
			entry("hip-flexor-stretch", MOVEMENT, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE),
			entry("figure-four-stretch", MOVEMENT, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE, PELVIC_FLOOR_MUSCLE),
			entry("foot-ball-roll", MOVEMENT, PELVIC_FLOOR_PT, MOVEMENT_AND_POSTURE),
			// Nervous-system regulation
			entry("body-scan", REGULATION, MENTAL_HEALTH, NERVOUS_SYSTEM_SENSITIZATION, STRESS_AND_MOOD),
			entry("paced-breathing", REGULATION, PAIN_MEDICINE, NERVOUS_SYSTEM_SENSITIZATION, STRESS_AND_MOOD),
			entry("five-senses", REGULATION, MENTAL_HEALTH, TRAUMA, STRESS_AND_MOOD),
			entry("calm-place", REGULATION, MENTAL_HEALTH, STRESS_AND_MOOD, TRAUMA),
			entry("flare-plan", REGULATION, PAIN_MEDICINE, NERVOUS_SYSTEM_SENSITIZATION, FEAR_AND_AVOIDANCE),
			// Bowel and bladder habits
			entry("toilet-posture", BOWEL_BLADDER, PELVIC_FLOOR_PT, BOWEL, PELVIC_FLOOR_MUSCLE),
			entry("empty-without-straining", BOWEL_BLADDER, PELVIC_FLOOR_PT, BOWEL, PELVIC_FLOOR_MUSCLE),
			entry("full-bladder-timing", BOWEL_BLADDER, UROLOGY, BLADDER),
			entry("urge-calming", BOWEL_BLADDER, UROLOGY, BLADDER, PELVIC_FLOOR_MUSCLE),
			entry("morning-bowel-routine", BOWEL_BLADDER, GASTROENTEROLOGY, BOWEL),
			// Somatic and sensory re-integration, at one's own pace
			entry("touch-map-clothed", SENSORY, PELVIC_FLOOR_PT, NERVOUS_SYSTEM_SENSITIZATION, FEAR_AND_AVOIDANCE),
			entry("texture-touch", SENSORY, PELVIC_FLOOR_PT, NERVOUS_SYSTEM_SENSITIZATION),
			entry("mirror-look", SENSORY, Discipline.SEX_THERAPY, FEAR_AND_AVOIDANCE, TRAUMA),
			entry("external-touch-map", SENSORY, PELVIC_FLOOR_PT, NERVOUS_SYSTEM_SENSITIZATION, PELVIC_FLOOR_MUSCLE,
					FEAR_AND_AVOIDANCE),
			// Graded insertion, only with the patient's agreement and under their control
			entry("fingertip-at-entrance", GRADED_INSERTION, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, FEAR_AND_AVOIDANCE),
			entry("one-finger", GRADED_INSERTION, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, FEAR_AND_AVOIDANCE),
			entry("dilator-resting", GRADED_INSERTION, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, FEAR_AND_AVOIDANCE,
					NERVOUS_SYSTEM_SENSITIZATION),
			entry("dilator-next-size", GRADED_INSERTION, PELVIC_FLOOR_PT, PELVIC_FLOOR_MUSCLE, FEAR_AND_AVOIDANCE),
			// Sex-therapy exercises
			entry("sensate-focus-one", SEX_THERAPY, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY,
					FEAR_AND_AVOIDANCE),
			entry("sensate-focus-two", SEX_THERAPY, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY,
					FEAR_AND_AVOIDANCE),
			entry("talking-about-pain", SEX_THERAPY, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY,
					FEAR_AND_AVOIDANCE),
			entry("intimacy-menu", SEX_THERAPY, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY),
			entry("solo-pleasure-mapping", SEX_THERAPY, Discipline.SEX_THERAPY, FEAR_AND_AVOIDANCE,
					NERVOUS_SYSTEM_SENSITIZATION),
			// Partner exercises
			entry("stop-signal", PARTNER, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY, TRAUMA,
					FEAR_AND_AVOIDANCE),
			entry("breathing-together", PARTNER, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY, STRESS_AND_MOOD),
			entry("weekly-check-in", PARTNER, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY),
			entry("appreciations", PARTNER, Discipline.SEX_THERAPY, RELATIONSHIP_AND_INTIMACY, STRESS_AND_MOOD));

	private static final Map<UUID, Entry> BY_ID = ENTRIES.stream()
		.collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> {
			throw new IllegalStateException("Two library exercises share the code " + a.code());
		}, LinkedHashMap::new));

	private final ResourceBundleMessageSource words = bundle();

	private final JdbcHomeProgram jdbc;

	private final Clock clock;

	Library(JdbcHomeProgram jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename(BUNDLE);
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** A library exercise's id: the same on every installation, derived from its code. */
	static UUID idOf(String code) {
		return UUID.nameUUIDFromBytes(("cairn:exercise:" + code).getBytes(StandardCharsets.UTF_8));
	}

	static Optional<Entry> entry(UUID id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	static Optional<Entry> entry(String code) {
		return entry(idOf(code));
	}

	/**
	 * Every exercise this person may read: the library, and a practice's own exercises
	 * for its staff and for the patients its clinicians prescribed them to.
	 */
	List<Exercise> visibleTo(Actor reader, Locale locale) {
		List<Exercise> all = new ArrayList<>();
		ENTRIES.forEach(e -> all.add(text(e, locale)));
		all.addAll(ownExercises(reader));
		return all;
	}

	Optional<Exercise> visible(Actor reader, UUID id, Locale locale) {
		Optional<Entry> entry = entry(id);
		if (entry.isPresent()) {
			return Optional.of(text(entry.get(), locale));
		}
		return ownExercises(reader).stream().filter(e -> e.id().equals(id)).findFirst();
	}

	/**
	 * Exercises by id, for showing prescriptions that already exist (whoever may read the
	 * prescription may read its exercise); unknown ids are absent.
	 */
	Map<UUID, Exercise> byIds(Collection<UUID> ids, Locale locale) {
		Map<UUID, Exercise> found = new LinkedHashMap<>();
		List<UUID> practiceIds = new ArrayList<>();
		for (UUID id : ids) {
			Optional<Entry> entry = entry(id);
			if (entry.isPresent()) {
				found.put(id, text(entry.get(), locale));
			}
			else {
				practiceIds.add(id);
			}
		}
		jdbc.exercises(practiceIds).forEach(e -> found.put(e.id(), e));
		return found;
	}

	/**
	 * What a clinician may prescribe: the library and their practice's own exercises;
	 * anything else is refused as unknown, so another practice's exercises stay private.
	 */
	Exercise prescribable(Actor clinician, UUID id, Locale locale) {
		Optional<Entry> entry = entry(id);
		if (entry.isPresent()) {
			return text(entry.get(), locale);
		}
		PracticeId practice = clinician.practiceId();
		return jdbc.exercises(List.of(id))
			.stream()
			.filter(e -> practice != null && practice.equals(e.practice()))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.field("exerciseId", "No exercise with this id in the library."));
	}

	/** A practice's own exercise, added by its admin or one of its clinicians. */
	Exercise add(Actor author, NewExercise exercise) {
		if (author.role() != Role.CLINICIAN && author.role() != Role.PRACTICE_ADMIN) {
			throw new ForbiddenException("Only a practice's clinicians and admins add exercises.");
		}
		PracticeId practice = author.practiceId();
		if (practice == null) {
			throw new ForbiddenException("Only a practice's clinicians and admins add exercises.");
		}
		return jdbc.insertExercise(exercise.toExercise(UUID.randomUUID(), practice), author, clock.instant());
	}

	private List<Exercise> ownExercises(Actor reader) {
		if (reader.role() == Role.PATIENT && reader.patientId() != null) {
			PatientId patient = reader.patientId();
			return jdbc.prescribedPracticeExercises(patient);
		}
		PracticeId practice = reader.practiceId();
		if (practice != null) {
			return jdbc.practiceExercises(practice);
		}
		return List.of();
	}

	/** A library exercise in the reader's language. */
	Exercise text(Entry entry, Locale locale) {
		String code = entry.code();
		List<String> steps = Arrays.stream(word(code, "steps", locale).split("\n"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		return new Exercise(entry.id(), code, entry.category(), entry.discipline(), entry.domains(), null,
				word(code, "title", locale), word(code, "purpose", locale), steps, word(code, "dose", locale),
				word(code, "cautions", locale), word(code, "stop", locale));
	}

	/** A translation that lacks a key falls back to the shipped words. */
	private String word(String code, String field, Locale locale) {
		return words.getMessage(code + "." + field, null, locale);
	}

	static List<Entry> entries(Comparator<Entry> order) {
		return ENTRIES.stream().sorted(order).toList();
	}

	private static Entry entry(String code, Category category, Discipline discipline, ContributorDomain first,
			ContributorDomain... more) {
		return new Entry(code, category, discipline, EnumSet.of(first, more));
	}

	/**
	 * A practice's own exercise as submitted; {@link #of} checks every field at once.
	 */
	record NewExercise(String title, Category category, Discipline discipline, Set<ContributorDomain> domains,
			String purpose, List<String> steps, String dose, String cautions, String stopIf) {

		static final int MAX_TITLE = 120;

		static final int MAX_TEXT = 2000;

		static final int MAX_STEPS = 12;

		static NewExercise of(@Nullable String title, @Nullable String category, @Nullable String discipline,
				@Nullable List<String> domains, @Nullable String purpose, @Nullable List<String> steps,
				@Nullable String dose, @Nullable String cautions, @Nullable String stopIf) {
			Map<String, String> errors = new LinkedHashMap<>();
			String t = text(title, "title", MAX_TITLE, errors, "Give the exercise a title of at most 120 characters.");
			Category c = category == null ? null : Category.fromCode(category.strip()).orElse(null);
			if (c == null) {
				errors.put("category", "Choose a category such as breathing, release or graded-insertion.");
			}
			Discipline d = discipline == null ? null : Discipline.fromCode(discipline.strip()).orElse(null);
			if (d == null) {
				errors.put("discipline", "Choose a discipline such as pelvic-floor-pt or sex-therapy.");
			}
			Set<ContributorDomain> ds = EnumSet.noneOf(ContributorDomain.class);
			if (domains == null || domains.isEmpty()) {
				errors.put("domains", "Name at least one contributor area the exercise serves.");
			}
			else {
				for (String code : domains) {
					Optional<ContributorDomain> domain = code == null ? Optional.empty()
							: ContributorDomain.fromCode(code.strip());
					if (domain.isEmpty()) {
						errors.put("domains", "Unknown contributor area: " + code + ".");
						break;
					}
					ds.add(domain.get());
				}
			}
			String p = text(purpose, "purpose", MAX_TEXT, errors, "Say what the exercise is for.");
			List<String> st = steps == null ? List.of()
					: steps.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
			if (st.isEmpty() || st.size() > MAX_STEPS || st.stream().anyMatch(s -> s.length() > 500)) {
				errors.put("steps", "Give between 1 and 12 steps of at most 500 characters each.");
			}
			String ds2 = text(dose, "dose", 200, errors,
					"Give a dose of at most 200 characters, such as 5 minutes a day.");
			String ca = text(cautions, "cautions", MAX_TEXT, errors,
					"Give the cautions, or say that none are expected.");
			String so = text(stopIf, "stopIf", 500, errors, "Say when to stop.");
			if (!errors.isEmpty()) {
				throw new InvalidInputException("Some fields of the exercise need attention.", errors);
			}
			return new NewExercise(t, c, d, ds, p, st, ds2, ca, so);
		}

		Exercise toExercise(UUID id, PracticeId practice) {
			return new Exercise(id, null, category, discipline, domains, practice, title, purpose, steps, dose,
					cautions, stopIf);
		}

		private static @Nullable String text(@Nullable String value, String field, int max, Map<String, String> errors,
				String message) {
			String v = value == null ? "" : value.strip();
			if (v.isEmpty() || v.length() > max) {
				errors.put(field, message);
				return null;
			}
			return v;
		}

	}

}
