package org.cairn.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PracticeId;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The practice admin sets which measures the practice's patients repeat and how often.
 * Bad input redisplays the form with inline errors and stores nothing.
 */
@Controller
class SchedulePages {

	private final Schedules schedules;

	SchedulePages(Schedules schedules) {
		this.schedules = schedules;
	}

	/** One row of the form, as typed. */
	record Row(String instrument, String weeks, boolean whileRaised, boolean thresholdApplies) {
	}

	@GetMapping("/practice/schedule")
	String show(Actor actor, Model model) {
		PracticeId practice = practiceOf(actor);
		List<Row> rows = new ArrayList<>();
		for (Schedule.Rule rule : schedules.of(practice).rules()) {
			rows.add(new Row(rule.instrument(), rule.everyWeeks() == null ? "" : rule.everyWeeks().toString(),
					rule.whileRaised(), Schedule.THRESHOLD_MEASURES.contains(rule.instrument())));
		}
		return form(model, rows, Map.of());
	}

	@PostMapping("/practice/schedule")
	ModelAndView save(@RequestParam MultiValueMap<String, String> params, Actor actor, Model model) {
		PracticeId practice = practiceOf(actor);
		List<Row> rows = new ArrayList<>();
		List<Schedule.Rule> rules = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (String code : Schedule.MEASURES) {
			String weeks = params.getFirst("weeks-" + code);
			weeks = weeks == null ? "" : weeks.strip();
			boolean threshold = Schedule.THRESHOLD_MEASURES.contains(code);
			boolean raised = threshold && "on".equals(params.getFirst("raised-" + code));
			rows.add(new Row(code, weeks, raised, threshold));
			try {
				rules.add(new Schedule.Rule(code, weeks.isEmpty() ? null : parse(code, weeks), raised));
			}
			catch (InvalidInputException ex) {
				errors.put(code, "schedule.weeks.error");
			}
		}
		if (!errors.isEmpty()) {
			ModelAndView mav = new ModelAndView(form(model, rows, errors), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		schedules.save(practice, new Schedule(rules), actor.id());
		return new ModelAndView("redirect:/practice/schedule?saved");
	}

	private static int parse(String code, String weeks) {
		if (!weeks.matches("[0-9]{1,3}")) {
			throw InvalidInputException.field(code, "Not a number of weeks.");
		}
		return Integer.parseInt(weeks);
	}

	private static PracticeId practiceOf(Actor actor) {
		actor.requireRole(Role.PRACTICE_ADMIN);
		PracticeId id = actor.practiceId();
		if (id == null) {
			throw new NotFoundException("No practice for this account.");
		}
		return id;
	}

	private String form(Model model, List<Row> rows, Map<String, String> errors) {
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("maxWeeks", Schedule.MAX_WEEKS);
		model.addAttribute("raised", Schedule.RAISED);
		return "questionnaires/schedule";
	}

}
