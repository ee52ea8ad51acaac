package org.cairn.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The clinician directory: who is listed, with discipline, practice, training,
 * external-only care, telehealth, whether they take new patients, and languages; a search
 * form that works without JavaScript. A clinician edits their own directory facts. Lists
 * no patient data, so it needs no access policy beyond being signed in.
 */
@Controller
class DirectoryPages {

	private final CareTeam team;

	DirectoryPages(CareTeam team) {
		this.team = team;
	}

	/** The search form as sent; every field optional. */
	record Search(@Nullable String discipline, @Nullable String accepting, @Nullable String telehealth,
			@Nullable String externalOnly, @Nullable String training, @Nullable String language, @Nullable String q) {
	}

	@GetMapping("/directory")
	ModelAndView directory(@ModelAttribute Search search, Actor actor, Model model) {
		DirectoryFilter filter;
		Map<String, String> errors = Map.of();
		try {
			filter = DirectoryFilter.parse(search.discipline(), search.accepting(), search.telehealth(),
					search.externalOnly(), search.training(), search.language(), search.q());
		}
		catch (InvalidInputException ex) {
			filter = null;
			errors = FormErrors.keys("directory", ex);
		}
		List<DirectoryEntry> entries = filter == null ? List.of()
				: team.directory().stream().filter(filter::matches).toList();
		model.addAttribute("search", search);
		model.addAttribute("entries", entries);
		model.addAttribute("errors", errors);
		model.addAttribute("disciplines", List.of(Discipline.values()));
		model.addAttribute("languages", DirectoryFilter.LANGUAGES);
		model.addAttribute("clinician", actor.role() == Role.CLINICIAN);
		ModelAndView mav = new ModelAndView("team/directory", model.asMap());
		if (!errors.isEmpty()) {
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return mav;
	}

	/**
	 * A clinician's own facts as the form sends them; checkboxes send "true" or nothing.
	 */
	record Facts(@Nullable String discipline, @Nullable String training, @Nullable String externalOnly,
			@Nullable String telehealth, @Nullable String accepting, @Nullable List<String> languages) {
	}

	@GetMapping("/directory/me")
	String mine(Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		Facts facts = team.profile(actor.id())
			.map(p -> new Facts(p.discipline().code(), String.valueOf(p.sexualHealthTraining()),
					String.valueOf(p.externalOnlyCare()), String.valueOf(p.telehealth()),
					String.valueOf(p.acceptingNewPatients()), p.languages()))
			.orElse(new Facts("", null, null, null, null, List.of()));
		return form(model, facts, Map.of());
	}

	@PostMapping("/directory/me")
	ModelAndView saveMine(@ModelAttribute Facts facts, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		try {
			Discipline discipline = Discipline.fromCode(facts.discipline() == null ? "" : facts.discipline())
				.orElseThrow(() -> InvalidInputException.field("discipline", "Choose a discipline."));
			List<String> languages = facts.languages() == null ? List.of() : facts.languages();
			if (languages.isEmpty() || !DirectoryFilter.LANGUAGES.containsAll(languages)) {
				throw InvalidInputException.field("languages", "Choose at least one language from the list.");
			}
			team.saveProfile(new ClinicianProfile(actor.id(), discipline, "true".equals(facts.training()),
					"true".equals(facts.externalOnly()), "true".equals(facts.telehealth()),
					"true".equals(facts.accepting()), new ArrayList<>(new java.util.LinkedHashSet<>(languages))));
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(form(model, facts, FormErrors.keys("directory.me", ex)), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		return new ModelAndView("redirect:/directory/me?saved");
	}

	private String form(Model model, Facts facts, Map<String, String> errors) {
		model.addAttribute("facts", facts);
		model.addAttribute("chosenLanguages", facts.languages() == null ? List.of() : facts.languages());
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("disciplines", List.of(Discipline.values()));
		model.addAttribute("languages", DirectoryFilter.LANGUAGES);
		return "team/directory-me";
	}

}
