package org.cairn.questionnaires;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.cairn.platform.InvalidInputException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads a FHIR QuestionnaireResponse and checks it against the exact version of the
 * Questionnaire it answers. Cairn does not ship HAPI's validator (about 85 MB); this
 * checks what matters for scoring and safety: the resource type, known linkIds, one
 * answer per non-repeating item, the value type each item takes, coded answers from the
 * item's options, integer bounds, required items, and answers to items that skip logic
 * ({@code enableWhen}) has not opened, such as trauma items without the opt-in.
 * <p>
 * "Prefer not to say" is an answer {@code valueCoding} with system
 * {@value #DATA_ABSENT_REASON} and code {@code asked-declined}, accepted on items whose
 * definition carries the extension {@value #PREFER_NOT_TO_SAY}. It is stored as given and
 * counts as answered but absent: no rule reads a value from it.
 * <p>
 * Problems are keyed by linkId (or {@code resourceType}, {@code questionnaire},
 * {@code authored}). The response JSON is health data: nothing here logs it, and messages
 * name items, never their values.
 */
@Component
class ResponseReader {

	static final String DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

	static final String PREFER_NOT_TO_SAY = "urn:cairn:fhir:prefer-not-to-say";

	static final String CONCEPT = "urn:cairn:concept";

	static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	/** Intake red flags by concept code (CLINICAL.md sections 3b and 4). */
	static final Set<String> INTAKE_RED_FLAGS = Set.of("bleeding-after-sex", "bleeding-between-periods",
			"postmenopausal-bleeding", "fever-pelvic-pain", "sudden-severe-pain", "urination-pain-fever",
			"blood-in-stool", "weight-loss", "pregnant-with-pain-or-bleeding");

	private static final Pattern CANONICAL = Pattern
		.compile("(?:Questionnaire/|urn:cairn:questionnaire:)([a-z0-9][a-z0-9-]{0,63})(?:\\|([1-9][0-9]{0,5}))?");

	private static final int MAX_TEXT = 2000;

	private final ObjectProvider<FhirContext> fhir;

	private final Definitions definitions;

	private final Clock clock;

	private final InstrumentDirectory directory;

	ResponseReader(ObjectProvider<FhirContext> fhir, Definitions definitions, Clock clock,
			InstrumentDirectory directory) {
		this.fhir = fhir;
		this.definitions = definitions;
		this.clock = clock;
		this.directory = directory;
	}

	/**
	 * A parsed response and the definition version it answers; not yet checked item by
	 * item.
	 */
	record Submission(Definitions.Versioned definition, QuestionnaireResponse response) {

		String instrument() {
			return definition.code();
		}

	}

	/**
	 * The answers of a checked response. {@code scored} holds the integer answers of
	 * items that take their score as {@code valueInteger}; {@code intakeFlags} the intake
	 * red-flag items answered yes.
	 */
	record Checked(Submission submission, Instant authored, Map<String, Integer> scored, List<RaisedFlag> intakeFlags,
			Map<String, String> problems) {
	}

	/**
	 * Parses the body and finds its definition; a malformed body or unknown instrument
	 * answers 422.
	 */
	Submission read(String body) {
		if (body.isBlank()) {
			throw InvalidInputException.field("resourceType", "Send a FHIR QuestionnaireResponse as JSON.");
		}
		IBaseResource resource;
		try {
			IParser parser = fhir.getObject().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
			resource = parser.parseResource(body);
		}
		catch (RuntimeException malformed) {
			// HAPI's messages may quote the body, which is health data: say what, not
			// where.
			throw InvalidInputException.field("resourceType",
					"This is not a valid FHIR QuestionnaireResponse in JSON (unreadable, or an element FHIR does not define).");
		}
		if (!(resource instanceof QuestionnaireResponse response)) {
			throw InvalidInputException.field("resourceType",
					"Expected resourceType QuestionnaireResponse, not " + resource.fhirType() + ".");
		}
		Matcher canonical = CANONICAL.matcher(response.getQuestionnaire() == null ? "" : response.getQuestionnaire());
		if (!canonical.matches()) {
			throw InvalidInputException.field("questionnaire",
					"Name the questionnaire answered, as \"Questionnaire/<code>\" (for example Questionnaire/fsfi).");
		}
		String code = canonical.group(1);
		if (!directory.contains(code)) {
			throw InvalidInputException.field("questionnaire", "There is no instrument '" + code + "'.");
		}
		Definitions.Versioned definition = (canonical.group(2) == null ? definitions.latest(code)
				: definitions.version(code, Integer.parseInt(canonical.group(2))))
			.orElseThrow(() -> InvalidInputException.field("questionnaire",
					"There is no version " + canonical.group(2) + " of instrument '" + code + "'."));
		return new Submission(definition, response);
	}

	/**
	 * Checks every answer against the definition, collecting every problem rather than
	 * the first.
	 */
	Checked check(Submission submission) {
		Map<String, String> problems = new LinkedHashMap<>();
		Map<String, QuestionnaireItemComponent> items = submission.definition().items();
		Map<String, List<Type>> answers = new LinkedHashMap<>();
		collect(submission.response().getItem(), items, submission.definition(), answers, problems);

		Map<String, Integer> scored = new LinkedHashMap<>();
		List<RaisedFlag> flags = new ArrayList<>();
		answers.forEach((linkId, values) -> {
			QuestionnaireItemComponent item = items.get(linkId);
			for (Type value : values) {
				String problem = problem(item, value);
				if (problem != null) {
					problems.putIfAbsent(linkId, "item " + linkId + ": " + problem);
					continue;
				}
				if (value instanceof IntegerType integer && scoresAsInteger(item)) {
					scored.put(linkId, integer.getValue());
				}
				if (value instanceof BooleanType yes && yes.booleanValue()
						&& INTAKE_RED_FLAGS.contains(concept(item))) {
					flags.add(new RaisedFlag(concept(item), false));
				}
			}
		});
		for (QuestionnaireItemComponent item : items.values()) {
			String linkId = item.getLinkId();
			boolean answered = answers.containsKey(linkId);
			boolean enabled = enabled(item, answers);
			if (answered && !enabled) {
				problems.putIfAbsent(linkId, "item " + linkId + ": answered, but it is only asked when " + gates(item)
						+ "; nothing was stored");
			}
			if (!answered && enabled && item.getRequired()) {
				problems.putIfAbsent(linkId, "item " + linkId + ": an answer is required");
			}
		}
		return new Checked(submission, authored(submission.response(), problems), scored, flags, problems);
	}

	private void collect(List<QuestionnaireResponseItemComponent> given, Map<String, QuestionnaireItemComponent> items,
			Definitions.Versioned definition, Map<String, List<Type>> answers, Map<String, String> problems) {
		for (QuestionnaireResponseItemComponent item : given) {
			String linkId = item.getLinkId() == null ? "" : item.getLinkId();
			if (linkId.isBlank()) {
				problems.putIfAbsent("linkId", "every item needs a linkId");
				continue;
			}
			if (!item.getItem().isEmpty() || isGroup(definition, linkId)) {
				if (!isGroup(definition, linkId)) {
					problems.putIfAbsent(linkId, "item " + linkId + ": no such group in " + definition.code());
				}
				collect(item.getItem(), items, definition, answers, problems);
				continue;
			}
			QuestionnaireItemComponent known = items.get(linkId);
			if (known == null) {
				problems.putIfAbsent(linkId, "item " + linkId + ": no such item in " + definition.code() + " (allowed "
						+ String.join(", ", items.keySet()) + ")");
				continue;
			}
			if (answers.containsKey(linkId)) {
				problems.putIfAbsent(linkId, "item " + linkId + ": given twice");
				continue;
			}
			List<Type> values = new ArrayList<>();
			for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
				if (answer.getValue() == null || answer.getValue().isEmpty()) {
					problems.putIfAbsent(linkId, "item " + linkId + ": an answer without a value");
				}
				else if (!answer.getItem().isEmpty()) {
					problems.putIfAbsent(linkId, "item " + linkId + ": answers here take no nested items");
				}
				else {
					values.add(answer.getValue());
				}
			}
			if (values.size() > 1 && !known.getRepeats()) {
				problems.putIfAbsent(linkId, "item " + linkId + ": takes one answer, not " + values.size());
				continue;
			}
			if (!values.isEmpty()) {
				answers.put(linkId, values);
			}
		}
	}

	private static boolean isGroup(Definitions.Versioned definition, String linkId) {
		return groups(definition.questionnaire().getItem()).contains(linkId);
	}

	private static Set<String> groups(List<QuestionnaireItemComponent> items) {
		Set<String> found = new java.util.HashSet<>();
		for (QuestionnaireItemComponent item : items) {
			if (item.getType() == QuestionnaireItemType.GROUP) {
				found.add(item.getLinkId());
			}
			found.addAll(groups(item.getItem()));
		}
		return found;
	}

	/** What is wrong with one value for this item, or null when it is acceptable. */
	private static @Nullable String problem(QuestionnaireItemComponent item, Type value) {
		if (value instanceof Coding coding && declines(coding)) {
			return item.getExtensionByUrl(PREFER_NOT_TO_SAY) != null ? null
					: "\"prefer not to say\" is not offered here (it is on every sensitive item)";
		}
		return switch (item.getType()) {
			case BOOLEAN -> value instanceof BooleanType ? null : "takes valueBoolean";
			case STRING, TEXT -> value instanceof StringType text
					? (text.getValue() == null || text.getValue().isBlank() ? "an empty text"
							: text.getValue().length() > MAX_TEXT ? "at most " + MAX_TEXT + " characters" : null)
					: "takes valueString";
			case INTEGER ->
				value instanceof IntegerType integer ? bounds(item, integer.getValue()) : "takes valueInteger";
			case CHOICE -> choice(item, value);
			default -> "this item type cannot be answered through the API yet";
		};
	}

	private static @Nullable String choice(QuestionnaireItemComponent item, Type value) {
		if (scoresAsInteger(item)) {
			// The range is the scoring engine's to check, so its message names the
			// allowed values.
			return value instanceof IntegerType ? null : "takes valueInteger (the option's score)";
		}
		if (!(value instanceof Coding coding)) {
			return "takes valueCoding, one of its options";
		}
		boolean offered = item.getAnswerOption()
			.stream()
			.map(option -> option.getValue())
			.filter(Coding.class::isInstance)
			.map(Coding.class::cast)
			.anyMatch(option -> option.getCode().equals(coding.getCode())
					&& (coding.getSystem() == null || coding.getSystem().equals(option.getSystem())));
		return offered ? null : "'" + coding.getCode() + "' is not one of its options";
	}

	private static @Nullable String bounds(QuestionnaireItemComponent item, @Nullable Integer value) {
		if (value == null) {
			return "an answer without a value";
		}
		Integer min = intExtension(item, MIN_VALUE);
		Integer max = intExtension(item, MAX_VALUE);
		if ((min != null && value < min) || (max != null && value > max)) {
			return value + " is out of range (allowed " + min + "–" + max + ")";
		}
		return null;
	}

	private static @Nullable Integer intExtension(QuestionnaireItemComponent item, String url) {
		Extension extension = item.getExtensionByUrl(url);
		return extension != null && extension.getValue() instanceof IntegerType integer ? integer.getValue() : null;
	}

	/**
	 * A choice item whose options carry their published score as valueInteger
	 * (standardized instruments).
	 */
	static boolean scoresAsInteger(QuestionnaireItemComponent item) {
		return item.getType() == QuestionnaireItemType.CHOICE && !item.getAnswerOption().isEmpty()
				&& item.getAnswerOption().stream().allMatch(o -> o.getValue() instanceof IntegerType);
	}

	static boolean declines(Coding coding) {
		return DATA_ABSENT_REASON.equals(coding.getSystem()) && "asked-declined".equals(coding.getCode());
	}

	static @Nullable String concept(QuestionnaireItemComponent item) {
		return item.getCode()
			.stream()
			.filter(c -> CONCEPT.equals(c.getSystem()))
			.map(Coding::getCode)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Skip logic as Cairn's definitions use it: every condition "question = boolean", any
	 * of them enough. A gate declined ("prefer not to say") or unanswered keeps its items
	 * closed.
	 */
	private static boolean enabled(QuestionnaireItemComponent item, Map<String, List<Type>> answers) {
		if (item.getEnableWhen().isEmpty()) {
			return true;
		}
		for (QuestionnaireItemEnableWhenComponent condition : item.getEnableWhen()) {
			if (condition.getOperator() != QuestionnaireItemOperator.EQUAL
					|| !(condition.getAnswer() instanceof BooleanType expected)) {
				return false;
			}
			List<Type> given = answers.getOrDefault(condition.getQuestion(), List.of());
			if (given.stream()
				.anyMatch(v -> v instanceof BooleanType b && b.booleanValue() == expected.booleanValue())) {
				return true;
			}
		}
		return false;
	}

	private static String gates(QuestionnaireItemComponent item) {
		return item.getEnableWhen()
			.stream()
			.map(c -> c.getQuestion() + " is " + c.getAnswer().primitiveValue())
			.reduce((a, b) -> a + " or " + b)
			.orElse("");
	}

	private Instant authored(QuestionnaireResponse response, Map<String, String> problems) {
		Instant now = clock.instant();
		if (!response.hasAuthored()) {
			return now;
		}
		Instant authored = response.getAuthored().toInstant();
		if (authored.isAfter(now.plus(Duration.ofMinutes(5)))) {
			problems.putIfAbsent("authored", "authored lies in the future");
			return now;
		}
		return authored;
	}

	/**
	 * The response as it is stored: HAPI's canonical JSON, with its id, subject and exact
	 * version.
	 */
	String encode(QuestionnaireResponse response) {
		return fhir.getObject().newJsonParser().encodeResourceToString(response);
	}

}
