package org.cairn.homeprogram;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cairn.contributors.ContributorDomain;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.team.Discipline;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The exercise library for a practice's clinicians and admins: browse and filter it, read
 * an exercise in full, and add the practice's own.
 */
@Controller
class LibraryPages {

	private final Library library;

	LibraryPages(Library library) {
		this.library = library;
	}

	/** What the add form sent, to show it again beside its errors. */
	record Form(String title, String category, String discipline, List<String> domains, String purpose, String steps,
			String dose, String cautions, String stopIf) {

		static final Form EMPTY = new Form("", "", "", List.of(), "", "", "", "", "");

	}

	@GetMapping("/library/exercises")
	ModelAndView list(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String domain, Actor actor, Model model, Locale locale) {
		staff(actor);
		try {
			ExercisesApi.Filter filter = ExercisesApi.Filter.of(category, domain, null);
			return new ModelAndView(page(actor, model, locale, filter, Form.EMPTY, Map.of()), model.asMap());
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(page(actor, model, locale, new ExercisesApi.Filter(null, null, null),
					Form.EMPTY, FormErrors.keys("homeprogram.library.filter", ex)), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
	}

	@GetMapping("/library/exercises/{exerciseId}")
	String detail(@PathVariable String exerciseId, Actor actor, Model model, Locale locale) {
		staff(actor);
		Exercise exercise = library.visible(actor, ExercisesApi.id(exerciseId), locale)
			.orElseThrow(() -> new NotFoundException("No exercise with this id."));
		model.addAttribute("exercise", exercise);
		return "homeprogram/exercise";
	}

	@PostMapping("/library/exercises")
	ModelAndView add(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String discipline,
			@RequestParam(required = false) @Nullable List<String> domains,
			@RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String steps,
			@RequestParam(required = false) @Nullable String dose,
			@RequestParam(required = false) @Nullable String cautions,
			@RequestParam(required = false) @Nullable String stopIf, Actor actor, Model model, Locale locale) {
		staff(actor);
		Form form = new Form(v(title), v(category), v(discipline), domains == null ? List.of() : domains, v(purpose),
				v(steps), v(dose), v(cautions), v(stopIf));
		try {
			Library.NewExercise exercise = Library.NewExercise.of(title, category, discipline, domains, purpose,
					steps == null ? null : Arrays.asList(steps.split("\\R")), dose, cautions, stopIf);
			Exercise added = library.add(actor, exercise);
			return new ModelAndView("redirect:/library/exercises/" + added.id() + "?added");
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(page(actor, model, locale, new ExercisesApi.Filter(null, null, null),
					form, FormErrors.keys("homeprogram.library.add", ex)), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
	}

	private String page(Actor actor, Model model, Locale locale, ExercisesApi.Filter filter, Form form,
			Map<String, String> errors) {
		List<Exercise> exercises = library.visibleTo(actor, locale)
			.stream()
			.filter(filter::matches)
			.sorted(Comparator.comparing(Exercise::category).thenComparing(Exercise::title))
			.toList();
		Map<String, List<Exercise>> byCategory = new LinkedHashMap<>();
		exercises.forEach(e -> byCategory.computeIfAbsent(e.categoryCode(), c -> new java.util.ArrayList<>()).add(e));
		model.addAttribute("byCategory", byCategory);
		model.addAttribute("category", filter.category() == null ? "" : filter.category().code());
		model.addAttribute("domain", filter.domain() == null ? "" : filter.domain().code());
		model.addAttribute("categories", Arrays.stream(Category.values()).map(Category::code).toList());
		model.addAttribute("domains", Arrays.stream(ContributorDomain.values()).map(ContributorDomain::code).toList());
		model.addAttribute("disciplines", Arrays.stream(Discipline.values()).map(Discipline::code).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "homeprogram/library";
	}

	private static void staff(Actor actor) {
		if (actor.role() != Role.CLINICIAN && actor.role() != Role.PRACTICE_ADMIN) {
			throw new ForbiddenException("The exercise library is for a practice's clinicians and admins.");
		}
	}

	private static String v(@Nullable String value) {
		return value == null ? "" : value;
	}

}
