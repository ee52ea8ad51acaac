package org.cairn.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's questionnaires, one page group at a time, working without JavaScript:
 * skip logic, drafts and checks all run here. Always the signed-in patient's own record;
 * staff are turned away. Submitting goes through {@link Responses}, with the same checks,
 * scores and red flags as the API.
 */
@Controller
class QuestionnairePages {

	/** The intake first, then the self-reported measures. */
	private static final List<String> ORDER = List.of(Catalog.INTAKE, "nrs-pain", "peg", "phq9", "gad7", "pcl5", "fsfi",
			"pfdi20");

	private static final int TEXT_INPUTS = 3;

	private static final int MAX_TEXT_INPUTS = 5;

	private final Definitions definitions;

	private final Drafts drafts;

	private final Responses responses;

	private final AccessPolicy policy;

	private final SafetyNotice safety;

	QuestionnairePages(Definitions definitions, Drafts drafts, Responses responses, AccessPolicy policy,
			SafetyNotice safety) {
		this.definitions = definitions;
		this.drafts = drafts;
		this.responses = responses;
		this.policy = policy;
		this.safety = safety;
	}

	record Listed(String code, String title, boolean started, boolean done) {
	}

	@GetMapping("/questionnaires")
	String list(Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.read(actor, patient, DataCategory.CORE, "questionnaires");
		Set<String> started = drafts.started(patient);
		List<Listed> listed = new ArrayList<>();
		for (String code : ORDER) {
			definitions.latest(code).ifPresent(d -> {
				boolean done = code.equals(Catalog.INTAKE) && drafts.submitted(patient, code);
				listed.add(new Listed(code, d.title(), started.contains(code), done));
			});
		}
		model.addAttribute("questionnaires", listed);
		return "questionnaires/list";
	}

	@GetMapping("/questionnaires/{code}")
	String show(@PathVariable String code, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		Catalog.Entry entry = fillable(code);
		policy.read(actor, patient, entry.category(), "questionnaires/" + code);
		State state = state(patient, code);
		return page(model, state, state.page(), Map.of(), null, null);
	}

	@PostMapping("/questionnaires/{code}")
	ModelAndView answer(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Actor actor,
			Model model) {
		PatientId patient = actor.ownRecord();
		Catalog.Entry entry = fillable(code);
		policy.write(actor, patient, entry.category(), "questionnaires/" + code);
		State state = state(patient, code);
		PageFlow flow = state.flow();
		int current = state.page();
		String action = form.getFirst("action");
		if (!flow.page(current).getLinkId().equals(form.getFirst("page"))) {
			// A stale or altered form: show where the patient really is, changing
			// nothing.
			return new ModelAndView("redirect:/questionnaires/" + code);
		}
		if (action == null || !Set.of("next", "back", "save", "submit").contains(action)) {
			return invalid(model, state, Map.of("page", "qpage.error.unknown"), form);
		}
		Set<String> shown = linkIds(flow.enabledItems(current, state.answers()));
		boolean moving = action.equals("next") || action.equals("submit");
		PageFlow.Read read = flow.read(current, state.answers(), shown, form, moving);
		if (!read.ok()) {
			return invalid(model, state, read.errors(), form);
		}
		PageFlow.Answers answers = read.answers();
		String pageId = flow.page(current).getLinkId();
		switch (action) {
			case "save" -> {
				drafts.save(patient, code, state.version(), pageId, answers);
				return new ModelAndView("redirect:/questionnaires?saved");
			}
			case "back" -> {
				int previous = flow.previous(current, answers).orElse(current);
				drafts.save(patient, code, state.version(), flow.page(previous).getLinkId(), answers);
				return new ModelAndView("redirect:/questionnaires/" + code);
			}
			default -> {
				// Answers that open more questions on this page (a gate answered yes)
				// show
				// them before moving on.
				boolean opened = !shown.containsAll(linkIds(flow.enabledItems(current, answers)));
				if (opened || !flow.isLast(current, answers)) {
					int next = opened ? current : flow.next(current, answers).orElse(current);
					drafts.save(patient, code, state.version(), flow.page(next).getLinkId(), answers);
					return new ModelAndView("redirect:/questionnaires/" + code);
				}
				return submit(patient, actor, code, state, answers, model);
			}
		}
	}

	private ModelAndView submit(PatientId patient, Actor actor, String code, State state, PageFlow.Answers answers,
			Model model) {
		var submission = new ResponseReader.Submission(state.definition(),
				state.flow().response(code, state.version(), answers));
		Responses.Recorded recorded;
		try {
			recorded = responses.record(patient, actor, submission);
		}
		catch (RefusedResponse refused) {
			// The same checks as the API refused it; the patient still sees the safety
			// message for answers that raised a red flag (hazard H04).
			Map<String, String> errors = new LinkedHashMap<>();
			refused.fieldErrors().keySet().forEach(linkId -> errors.put(linkId, "qpage.error.refused"));
			errors.putIfAbsent("page", "qpage.error.refused");
			drafts.save(patient, code, state.version(), state.flow().page(state.page()).getLinkId(), answers);
			String view = page(model, new State(state.definition(), state.flow(), answers, state.page()), state.page(),
					errors, null, refused.redFlags().isEmpty() ? null : safety.forPatient(patient, refused.redFlags()));
			return withStatus(view, model, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		drafts.delete(patient, code);
		model.addAttribute("title", state.definition().title());
		model.addAttribute("intake", code.equals(Catalog.INTAKE));
		model.addAttribute("safety",
				recorded.redFlags().isEmpty() ? null : safety.forPatient(patient, recorded.redFlags()));
		return new ModelAndView("questionnaires/done", model.asMap());
	}

	private ModelAndView invalid(Model model, State state, Map<String, String> errors,
			MultiValueMap<String, String> form) {
		String view = page(model, state, state.page(), errors, form, null);
		return withStatus(view, model, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	private static ModelAndView withStatus(String view, Model model, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view, model.asMap());
		mav.setStatus(status);
		return mav;
	}

	/** Where the patient is in one questionnaire: a draft, or a fresh start. */
	private record State(Definitions.Versioned definition, PageFlow flow, PageFlow.Answers answers, int page) {

		int version() {
			return definition.version();
		}

	}

	private State state(PatientId patient, String code) {
		var saved = drafts.find(patient, code);
		Definitions.Versioned definition = saved.flatMap(s -> definitions.version(code, s.version()))
			.or(() -> definitions.latest(code))
			.orElseThrow(() -> new NotFoundException("There is no questionnaire '" + code + "'."));
		PageFlow flow = new PageFlow(definition.questionnaire());
		PageFlow.Answers answers = saved.map(Drafts.Saved::answers).orElse(PageFlow.Answers.none());
		int page = saved.map(s -> flow.indexOf(s.page())).orElse(-1);
		if (page < 0 || flow.enabledItems(page, answers).isEmpty()) {
			page = page < 0 ? flow.first(answers) : flow.next(page, answers).orElse(flow.first(answers));
		}
		return new State(definition, flow, answers, page);
	}

	/** Only instruments the patient answers for themselves; others do not exist here. */
	private static Catalog.Entry fillable(String code) {
		return Catalog.find(code)
			.filter(e -> e.answeredBy() == Catalog.AnsweredBy.PATIENT)
			.orElseThrow(() -> new NotFoundException("There is no questionnaire '" + code + "'."));
	}

	private static Set<String> linkIds(List<QuestionnaireItemComponent> items) {
		Set<String> ids = new LinkedHashSet<>();
		items.forEach(i -> ids.add(i.getLinkId()));
		return ids;
	}

	/** One answer choice; {@code label} from the definition, or a message key. */
	record Option(String value, @Nullable String label, @Nullable String key, boolean checked) {
	}

	/**
	 * One question as the page draws it: {@code kind} is radio, checkbox, scale, number
	 * or text.
	 */
	record Question(String linkId, String text, String kind, List<Option> options, @Nullable Option declined,
			List<String> texts, String number, @Nullable String error, @Nullable Integer min, @Nullable Integer max) {

		public String id() {
			return "q-" + linkId;
		}

	}

	private String page(Model model, State state, int index, Map<String, String> errors,
			@Nullable MultiValueMap<String, String> posted, @Nullable Map<String, Object> safetyNotice) {
		PageFlow flow = state.flow();
		QuestionnaireItemComponent group = flow.page(index);
		List<Question> questions = new ArrayList<>();
		boolean trauma = false;
		for (QuestionnaireItemComponent item : flow.enabledItems(index, state.answers())) {
			List<String> values = posted != null ? nonBlank(posted.get("a." + item.getLinkId()))
					: state.answers().get(item.getLinkId());
			questions.add(question(item, values, errors.get(item.getLinkId())));
			trauma |= "trauma-opt-in".equals(ResponseReader.concept(item));
		}
		model.addAttribute("code", state.definition().code());
		model.addAttribute("title", state.definition().title());
		model.addAttribute("description", state.definition().questionnaire().getDescription());
		model.addAttribute("pageId", group.getLinkId());
		model.addAttribute("pageTitle", group.getText());
		model.addAttribute("position", flow.position(index, state.answers()));
		model.addAttribute("total", flow.shownPages(state.answers()));
		model.addAttribute("first", flow.previous(index, state.answers()).isEmpty());
		model.addAttribute("last", flow.isLast(index, state.answers()));
		model.addAttribute("questions", questions);
		model.addAttribute("trauma", trauma);
		model.addAttribute("errors", errors);
		model.addAttribute("pageError", errors.get("page"));
		model.addAttribute("safety", safetyNotice);
		return "questionnaires/page";
	}

	private static List<String> nonBlank(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	private static Question question(QuestionnaireItemComponent item, List<String> values, @Nullable String error) {
		Option declined = PageFlow.declinable(item)
				? new Option(PageFlow.DECLINED, null, "qpage.declined", values.contains(PageFlow.DECLINED)) : null;
		List<Option> options = new ArrayList<>();
		String kind;
		Integer min = PageFlow.bound(item, ResponseReader.MIN_VALUE);
		Integer max = PageFlow.bound(item, ResponseReader.MAX_VALUE);
		List<String> texts = new ArrayList<>();
		String number = "";
		if (item.getType() == QuestionnaireItemType.BOOLEAN) {
			kind = "radio";
			options.add(new Option("true", null, "qpage.yes", values.contains("true")));
			options.add(new Option("false", null, "qpage.no", values.contains("false")));
		}
		else if (item.getType() == QuestionnaireItemType.CHOICE) {
			kind = item.getRepeats() ? "checkbox" : "radio";
			for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
				String value = PageFlow.options(item).get(item.getAnswerOption().indexOf(option));
				options.add(new Option(value, PageFlow.optionLabel(option), null, values.contains(value)));
			}
		}
		else if (item.getType() == QuestionnaireItemType.INTEGER && min != null && max != null && max - min <= 10) {
			kind = "scale";
			for (int i = min; i <= max; i++) {
				options.add(new Option(String.valueOf(i), String.valueOf(i), null, values.contains(String.valueOf(i))));
			}
		}
		else if (item.getType() == QuestionnaireItemType.INTEGER) {
			kind = "number";
			number = values.stream().filter(v -> !v.equals(PageFlow.DECLINED)).findFirst().orElse("");
		}
		else {
			kind = "text";
			values.stream().filter(v -> !v.equals(PageFlow.DECLINED)).forEach(texts::add);
			int inputs = item.getRepeats() ? Math.min(MAX_TEXT_INPUTS, Math.max(TEXT_INPUTS, texts.size() + 1)) : 1;
			while (texts.size() < inputs) {
				texts.add("");
			}
		}
		return new Question(item.getLinkId(), item.getText(), kind, options, declined, texts, number, error, min, max);
	}

}
