package org.cairn.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * The one-page-at-a-time path through a Questionnaire, evaluated on the server so that
 * pages work without JavaScript. Pages are the top-level {@code group} items. Answers so
 * far are form values by linkId: {@code true}/{@code false} for booleans, the number for
 * integers and scored options, the code for coded options, the text for strings, and
 * {@value #DECLINED} for "prefer not to say".
 * <p>
 * Skip logic follows {@code enableWhen} as Cairn's definitions use it (and as
 * {@link ResponseReader} checks it): "question = boolean", any condition enough; a gate
 * declined or unanswered keeps its items closed (hazard H27). A page whose items are all
 * closed is skipped. Answers to items that close again (a gate changed from yes to no)
 * are dropped, so they are never submitted.
 */
final class PageFlow {

	static final String DECLINED = "declined";

	static final String OPTION_LABEL = "urn:cairn:fhir:option-label";

	private static final int MAX_TEXT = 2000;

	private static final int MAX_REPEATS = 10;

	private final Questionnaire questionnaire;

	private final List<QuestionnaireItemComponent> pages;

	private final Map<String, QuestionnaireItemComponent> items = new LinkedHashMap<>();

	PageFlow(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
		this.pages = questionnaire.getItem().stream().filter(i -> i.getType() == QuestionnaireItemType.GROUP).toList();
		for (QuestionnaireItemComponent page : pages) {
			for (QuestionnaireItemComponent item : page.getItem()) {
				if (answerable(item)) {
					items.put(item.getLinkId(), item);
				}
			}
		}
	}

	/** The answers so far, by linkId; immutable copies. */
	record Answers(Map<String, List<String>> values) {

		Answers {
			Map<String, List<String>> copy = new LinkedHashMap<>();
			values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
			values = java.util.Collections.unmodifiableMap(copy);
		}

		static Answers none() {
			return new Answers(Map.of());
		}

		List<String> get(String linkId) {
			return values.getOrDefault(linkId, List.of());
		}

		boolean declined(String linkId) {
			return get(linkId).equals(List.of(DECLINED));
		}

	}

	/** The outcome of reading one page's form: new answers, or errors by linkId. */
	record Read(Answers answers, Map<String, String> errors) {

		boolean ok() {
			return errors.isEmpty();
		}

	}

	List<QuestionnaireItemComponent> pages() {
		return pages;
	}

	int pageCount() {
		return pages.size();
	}

	QuestionnaireItemComponent page(int index) {
		return pages.get(index);
	}

	int indexOf(String pageLinkId) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).getLinkId().equals(pageLinkId)) {
				return i;
			}
		}
		return -1;
	}

	@Nullable QuestionnaireItemComponent item(String linkId) {
		return items.get(linkId);
	}

	boolean enabled(QuestionnaireItemComponent item, Answers answers) {
		if (item.getEnableWhen().isEmpty()) {
			return true;
		}
		for (QuestionnaireItemEnableWhenComponent condition : item.getEnableWhen()) {
			if (condition.getOperator() == QuestionnaireItemOperator.EQUAL
					&& condition.getAnswer() instanceof BooleanType expected
					&& answers.get(condition.getQuestion()).contains(String.valueOf(expected.booleanValue()))
					&& (items.get(condition.getQuestion()) == null
							|| enabled(items.get(condition.getQuestion()), answers))) {
				return true;
			}
		}
		return false;
	}

	/** The answerable items of a page that skip logic has opened, in order. */
	List<QuestionnaireItemComponent> enabledItems(int page, Answers answers) {
		QuestionnaireItemComponent group = pages.get(page);
		if (!enabled(group, answers)) {
			return List.of();
		}
		return group.getItem().stream().filter(PageFlow::answerable).filter(i -> enabled(i, answers)).toList();
	}

	/** The first page with an open item after {@code page} (-1 for the first page). */
	OptionalInt next(int page, Answers answers) {
		for (int i = page + 1; i < pages.size(); i++) {
			if (!enabledItems(i, answers).isEmpty()) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	OptionalInt previous(int page, Answers answers) {
		for (int i = page - 1; i >= 0; i--) {
			if (!enabledItems(i, answers).isEmpty()) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	int first(Answers answers) {
		return next(-1, answers).orElse(0);
	}

	boolean isLast(int page, Answers answers) {
		return next(page, answers).isEmpty();
	}

	/** Position of the page among the pages shown, counting from 1. */
	int position(int page, Answers answers) {
		int position = 0;
		for (int i = 0; i <= page && i < pages.size(); i++) {
			if (!enabledItems(i, answers).isEmpty()) {
				position++;
			}
		}
		return Math.max(position, 1);
	}

	/** Number of pages shown with these answers. */
	int shownPages(Answers answers) {
		int count = 0;
		for (int i = 0; i < pages.size(); i++) {
			if (!enabledItems(i, answers).isEmpty()) {
				count++;
			}
		}
		return Math.max(count, 1);
	}

	/** Drops answers to items that skip logic has closed, until nothing changes. */
	Answers prune(Answers answers) {
		Map<String, List<String>> kept = new LinkedHashMap<>(answers.values());
		boolean changed = true;
		while (changed) {
			changed = false;
			Answers current = new Answers(kept);
			for (String linkId : List.copyOf(kept.keySet())) {
				QuestionnaireItemComponent item = items.get(linkId);
				if (item == null || !enabled(item, current) || !enabled(groupOf(linkId), current)) {
					kept.remove(linkId);
					changed = true;
				}
			}
		}
		return new Answers(kept);
	}

	/**
	 * Reads the form values posted for one page ({@code a.<linkId>}) against the items
	 * the page shows. Every problem is collected and keyed by linkId (or {@code page} for
	 * a field that is not on this page); with any problem the answers are unchanged.
	 * @param shown the linkIds the page showed
	 * @param requireAnswers whether required items must be answered (moving on,
	 * submitting)
	 */
	Read read(int page, Answers before, Set<String> shown, Map<String, List<String>> posted, boolean requireAnswers) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, List<String>> given = new LinkedHashMap<>();
		Set<String> onPage = new LinkedHashSet<>();
		pages.get(page).getItem().stream().filter(PageFlow::answerable).forEach(i -> onPage.add(i.getLinkId()));
		posted.forEach((name, values) -> {
			if (!name.startsWith("a.")) {
				return;
			}
			String linkId = name.substring(2);
			if (!onPage.contains(linkId)) {
				errors.putIfAbsent("page", "qpage.error.unknown");
				return;
			}
			List<String> nonBlank = values.stream()
				.filter(Objects::nonNull)
				.map(String::strip)
				.filter(v -> !v.isEmpty())
				.toList();
			if (!nonBlank.isEmpty()) {
				given.put(linkId, nonBlank);
			}
		});
		Map<String, List<String>> merged = new LinkedHashMap<>(before.values());
		onPage.forEach(merged::remove);
		merged.putAll(given);
		Answers after = new Answers(merged);
		given.forEach((linkId, values) -> {
			QuestionnaireItemComponent item = items.get(linkId);
			if (!enabled(item, after)) {
				errors.putIfAbsent(linkId, "qpage.error.closed");
				return;
			}
			String problem = problem(item, values);
			if (problem != null) {
				errors.putIfAbsent(linkId, problem);
			}
		});
		if (requireAnswers) {
			for (String linkId : shown) {
				QuestionnaireItemComponent item = items.get(linkId);
				if (item != null && item.getRequired() && enabled(item, after) && !given.containsKey(linkId)) {
					errors.putIfAbsent(linkId, "qpage.error.required");
				}
			}
		}
		return errors.isEmpty() ? new Read(prune(after), Map.of()) : new Read(before, errors);
	}

	/** The message key for what is wrong with these values, or null. */
	private static @Nullable String problem(QuestionnaireItemComponent item, List<String> values) {
		if (values.contains(DECLINED)) {
			if (!declinable(item)) {
				return "qpage.error.option";
			}
			return values.size() == 1 ? null : "qpage.error.declinedAndAnswered";
		}
		if (values.size() > 1 && (!item.getRepeats() || values.size() > MAX_REPEATS)) {
			return "qpage.error.one";
		}
		for (String value : values) {
			String problem = switch (item.getType()) {
				case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "qpage.error.option";
				case INTEGER -> integerProblem(item, value);
				case STRING, TEXT -> value.length() > MAX_TEXT ? "qpage.error.long" : null;
				case CHOICE -> options(item).contains(value) ? null : "qpage.error.option";
				default -> "qpage.error.option";
			};
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static @Nullable String integerProblem(QuestionnaireItemComponent item, String value) {
		int number;
		try {
			number = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return "qpage.error.number";
		}
		Integer min = bound(item, ResponseReader.MIN_VALUE);
		Integer max = bound(item, ResponseReader.MAX_VALUE);
		return (min != null && number < min) || (max != null && number > max) ? "qpage.error.range" : null;
	}

	static @Nullable Integer bound(QuestionnaireItemComponent item, String url) {
		Extension extension = item.getExtensionByUrl(url);
		return extension != null && extension.getValue() instanceof IntegerType integer ? integer.getValue() : null;
	}

	static boolean declinable(QuestionnaireItemComponent item) {
		return item.getExtensionByUrl(ResponseReader.PREFER_NOT_TO_SAY) != null;
	}

	/** Form values of a choice item's options, in order. */
	static List<String> options(QuestionnaireItemComponent item) {
		List<String> values = new ArrayList<>();
		for (QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
			if (option.getValue() instanceof Coding coding) {
				values.add(coding.getCode());
			}
			else if (option.getValue() instanceof IntegerType integer) {
				values.add(String.valueOf(integer.getValue()));
			}
		}
		return values;
	}

	/** The label of a choice option as the definition words it. */
	static String optionLabel(QuestionnaireItemAnswerOptionComponent option) {
		if (option.getValue() instanceof Coding coding) {
			return coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
		}
		Extension label = option.getExtensionByUrl(OPTION_LABEL);
		return label != null && label.getValue() instanceof StringType text ? text.getValue()
				: option.getValue().primitiveValue();
	}

	/**
	 * The answers as a FHIR QuestionnaireResponse naming this version, items inside their
	 * page groups, for the same checks, scoring and red flags as the API.
	 */
	QuestionnaireResponse response(String code, int version, Answers answers) {
		Answers pruned = prune(answers);
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire("Questionnaire/" + code + "|" + version);
		for (QuestionnaireItemComponent page : pages) {
			QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent()
				.setLinkId(page.getLinkId());
			for (QuestionnaireItemComponent item : page.getItem()) {
				List<String> values = pruned.get(item.getLinkId());
				if (!answerable(item) || values.isEmpty()) {
					continue;
				}
				QuestionnaireResponseItemComponent answered = group.addItem().setLinkId(item.getLinkId());
				for (String value : values) {
					answered.addAnswer().setValue(value(item, value));
				}
			}
			if (group.hasItem()) {
				response.addItem(group);
			}
		}
		return response;
	}

	private static Type value(QuestionnaireItemComponent item, String value) {
		if (DECLINED.equals(value)) {
			return new Coding(ResponseReader.DATA_ABSENT_REASON, "asked-declined", null);
		}
		return switch (item.getType()) {
			case BOOLEAN -> new BooleanType(Boolean.parseBoolean(value));
			case INTEGER -> new IntegerType(Integer.parseInt(value));
			case CHOICE -> item.getAnswerOption()
				.stream()
				.map(QuestionnaireItemAnswerOptionComponent::getValue)
				.filter(option -> option instanceof Coding coding ? coding.getCode().equals(value)
						: option.primitiveValue().equals(value))
				.findFirst()
				.map(Type::copy)
				.orElseThrow(() -> new IllegalStateException("an option checked when read"));
			default -> new StringType(value);
		};
	}

	private QuestionnaireItemComponent groupOf(String linkId) {
		for (QuestionnaireItemComponent page : pages) {
			for (QuestionnaireItemComponent item : page.getItem()) {
				if (item.getLinkId().equals(linkId)) {
					return page;
				}
			}
		}
		throw new IllegalArgumentException("no page holds item " + linkId);
	}

	static boolean answerable(QuestionnaireItemComponent item) {
		return item.getType() != QuestionnaireItemType.GROUP && item.getType() != QuestionnaireItemType.DISPLAY;
	}

	Questionnaire questionnaire() {
		return questionnaire;
	}

}
