package org.cairn.homeprogram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cairn.contributors.ContributorDomain;
import org.cairn.identity.Actor;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.team.Discipline;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exercise library as JSON. It holds no patient data: anyone signed in may read
 * Cairn's own exercises; a practice's own exercises are seen by its staff and by the
 * patients its clinicians prescribed them to.
 */
@RestController
class ExercisesApi {

	private final Library library;

	ExercisesApi(Library library) {
		this.library = library;
	}

	@GetMapping("/api/v1/exercises")
	List<Map<String, Object>> list(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String domain,
			@RequestParam(required = false) @Nullable String discipline, Actor actor, Locale locale) {
		Filter filter = Filter.of(category, domain, discipline);
		return library.visibleTo(actor, locale).stream().filter(filter::matches).map(ExercisesApi::summary).toList();
	}

	@GetMapping("/api/v1/exercises/{exerciseId}")
	Map<String, Object> detail(@PathVariable String exerciseId, Actor actor, Locale locale) {
		return detail(library.visible(actor, id(exerciseId), locale)
			.orElseThrow(() -> new NotFoundException("No exercise with this id.")));
	}

	record NewExerciseBody(@Nullable String title, @Nullable String category, @Nullable String discipline,
			@Nullable List<String> domains, @Nullable String purpose, @Nullable List<String> steps,
			@Nullable String dose, @Nullable String cautions, @Nullable String stopIf) {
	}

	@PostMapping("/api/v1/exercises")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> add(@RequestBody NewExerciseBody body, Actor actor) {
		Library.NewExercise exercise = Library.NewExercise.of(body.title(), body.category(), body.discipline(),
				body.domains(), body.purpose(), body.steps(), body.dose(), body.cautions(), body.stopIf());
		return detail(library.add(actor, exercise));
	}

	static UUID id(String text) {
		UUID id = Inputs.uuid(text);
		if (id == null) {
			throw new NotFoundException("No exercise with this id.");
		}
		return id;
	}

	/**
	 * Filters of the list; an unknown code is named rather than silently matching
	 * nothing.
	 */
	record Filter(@Nullable Category category, @Nullable ContributorDomain domain, @Nullable Discipline discipline) {

		static Filter of(@Nullable String category, @Nullable String domain, @Nullable String discipline) {
			Map<String, String> errors = new LinkedHashMap<>();
			Category c = null;
			if (category != null && !category.isBlank()) {
				c = Category.fromCode(category.strip()).orElse(null);
				if (c == null) {
					errors.put("category", "Unknown category. Use one of breathing, release, coordination-strength, "
							+ "movement, regulation, bowel-bladder, sensory, graded-insertion, sex-therapy, partner.");
				}
			}
			ContributorDomain d = null;
			if (domain != null && !domain.isBlank()) {
				d = ContributorDomain.fromCode(domain.strip()).orElse(null);
				if (d == null) {
					errors.put("domain", "Unknown contributor area, such as pelvic-floor-muscle or bowel.");
				}
			}
			Discipline s = null;
			if (discipline != null && !discipline.isBlank()) {
				s = Discipline.fromCode(discipline.strip()).orElse(null);
				if (s == null) {
					errors.put("discipline", "Unknown discipline, such as pelvic-floor-pt or sex-therapy.");
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException("Some filters are not known.", errors);
			}
			return new Filter(c, d, s);
		}

		boolean matches(Exercise exercise) {
			return (category == null || exercise.category() == category)
					&& (domain == null || exercise.domains().contains(domain))
					&& (discipline == null || exercise.discipline() == discipline);
		}

	}

	static Map<String, Object> summary(Exercise e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id().toString());
		json.put("title", e.title());
		json.put("category", e.categoryCode());
		json.put("domains", e.domainCodes());
		json.put("discipline", e.discipline().code());
		json.put("source", e.practice() == null ? "cairn" : "practice");
		return json;
	}

	static Map<String, Object> detail(Exercise e) {
		Map<String, Object> json = summary(e);
		json.put("code", e.code());
		json.put("purpose", e.purpose());
		json.put("steps", e.steps());
		json.put("dose", e.dose());
		json.put("cautions", e.cautions());
		json.put("stopIf", e.stopIf());
		json.put("needsInsertionAgreement", e.needsInsertionAgreement());
		return json;
	}

}
