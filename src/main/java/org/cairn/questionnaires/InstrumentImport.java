package org.cairn.questionnaires;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.ConflictException;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PracticeId;
import org.cairn.questionnaires.scoring.Instrument;
import org.cairn.questionnaires.scoring.ItemRange;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A practice admin imports a licensed questionnaire (FHIR R4 Questionnaire JSON with the
 * official wording, which the practice holds a license for) and attaches a scoring rule
 * from the engine's kinds. Everything is checked before anything is stored: the JSON, the
 * resource type, the id (the instrument code), every item's linkId and integer option
 * scores, the data category, and the rule through the engine's own builder (hazard H32).
 * A valid import is stored as the next version of that code, owned by the practice; a
 * shipped code, or one another practice owns, is refused.
 * <p>
 * Imported instruments raise no red flags until a clinician has reviewed them (the engine
 * only lets built-in instruments declare flags), and only the patient answers them.
 */
@Service
class InstrumentImport {

	static final int MAX_CHARS = 200_000;

	static final int MAX_ITEMS = 200;

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** What an imported instrument may hold: self-reported parts of the record. */
	static final Set<DataCategory> CATEGORIES = EnumSet.of(DataCategory.MEDICAL_HISTORY, DataCategory.SEXUAL_FUNCTION,
			DataCategory.BOWEL_BLADDER, DataCategory.MENTAL_HEALTH, DataCategory.TRAUMA_HISTORY);

	private final JdbcQuestionnaires jdbc;

	private final ObjectProvider<FhirContext> fhir;

	private final JsonMapper json;

	private final Clock clock;

	InstrumentImport(JdbcQuestionnaires jdbc, ObjectProvider<FhirContext> fhir, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.fhir = fhir;
		this.json = json;
		this.clock = clock;
	}

	record Imported(String code, int version, String title, int items) {
	}

	/**
	 * Checks and stores one import.
	 * @throws InvalidInputException naming what is wrong; nothing is stored
	 */
	Imported importDefinition(Actor actor, String questionnaire, String category, JsonNode scoring) {
		PracticeId practice = requireAdmin(actor);
		Questionnaire resource = parse(questionnaire);
		String code = resource.getIdElement() == null ? null : resource.getIdElement().getIdPart();
		if (code == null || !CODE.matcher(code).matches()) {
			throw InvalidInputException.field("id",
					"The Questionnaire needs an id, which becomes the instrument code: lower-case letters, digits and hyphens, at most 64 (for example pcs).");
		}
		if (Catalog.contains(code)) {
			throw InvalidInputException.field("id",
					"'" + code + "' is an instrument Cairn ships; give the imported questionnaire another id.");
		}
		Optional<Optional<PracticeId>> owner = jdbc.owner(code);
		if (owner.isPresent() && !owner.get().equals(Optional.of(practice))) {
			throw InvalidInputException.field("id",
					"The id '" + code + "' is already used by another practice; choose another.");
		}
		Map<String, ItemRange> ranges = ImportedRule.ranges(answerable(resource));
		DataCategory chosen = DataCategory.fromCode(category == null ? "" : category)
			.filter(CATEGORIES::contains)
			.orElseThrow(() -> InvalidInputException.field("category",
					"Choose the part of the record the answers belong to: "
							+ CATEGORIES.stream().map(DataCategory::code).collect(Collectors.joining(", ")) + "."));
		String title = resource.hasTitle() ? resource.getTitle() : code;
		if (title.length() > 200) {
			throw InvalidInputException.field("title", "The title is longer than 200 characters.");
		}
		Instrument instrument = ImportedRule.build(code, title, ranges, scoring);
		int version = jdbc.latestVersion(code).orElse(0) + 1;
		resource.setVersion(String.valueOf(version));
		String stored = fhir.getObject().newJsonParser().encodeResourceToString(resource);
		try {
			jdbc.insertImported(new Definition(code, version, stored), practice, chosen.code(),
					json.writeValueAsString(scoring), clock.instant());
		}
		catch (DuplicateKeyException raced) {
			throw new ConflictException("Another import of '" + code + "' was stored at the same moment; try again.");
		}
		return new Imported(code, version, title, instrument.items().size());
	}

	static PracticeId requireAdmin(Actor actor) {
		actor.requireRole(Role.PRACTICE_ADMIN);
		PracticeId practice = actor.practiceId();
		if (practice == null) {
			throw new ForbiddenException("This account belongs to no practice.");
		}
		return practice;
	}

	private Questionnaire parse(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.field("questionnaire", "Paste or upload a FHIR Questionnaire as JSON.");
		}
		if (text.length() > MAX_CHARS) {
			throw InvalidInputException.field("questionnaire",
					"The questionnaire is longer than " + MAX_CHARS + " characters.");
		}
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (RuntimeException malformed) {
			throw InvalidInputException.field("questionnaire", "This is not valid JSON.");
		}
		if (node == null || !node.isObject()) {
			throw InvalidInputException.field("questionnaire",
					"Expected a JSON object with resourceType Questionnaire.");
		}
		String type = node.path("resourceType").asString("");
		if (!"Questionnaire".equals(type)) {
			throw InvalidInputException.field("resourceType", type.isEmpty()
					? "This is not a FHIR resource: it has no resourceType. Expected resourceType Questionnaire."
					: "Expected resourceType Questionnaire, not " + type.substring(0, Math.min(type.length(), 64))
							+ ".");
		}
		IBaseResource resource;
		try {
			resource = fhir.getObject()
				.newJsonParser()
				.setParserErrorHandler(new StrictErrorHandler())
				.parseResource(text);
		}
		catch (RuntimeException invalid) {
			throw InvalidInputException.field("questionnaire",
					"This is not a valid FHIR R4 Questionnaire (an element FHIR does not define, or a value of the wrong type).");
		}
		return (Questionnaire) resource;
	}

	/**
	 * The answerable items, after checking every item's linkId (present, well formed,
	 * unique) and refusing skip logic, which imported instruments do not support.
	 */
	private static List<QuestionnaireItemComponent> answerable(Questionnaire questionnaire) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<QuestionnaireItemComponent> answerable = new java.util.ArrayList<>();
		walk(questionnaire.getItem(), new HashSet<>(), answerable, problems);
		if (problems.isEmpty() && answerable.isEmpty()) {
			problems.put("item", "The Questionnaire has no items to answer.");
		}
		if (answerable.size() > MAX_ITEMS) {
			problems.put("item", "At most " + MAX_ITEMS + " items, not " + answerable.size() + ".");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(String.join("; ", problems.values()), problems);
		}
		return answerable;
	}

	private static void walk(List<QuestionnaireItemComponent> items, Set<String> seen,
			List<QuestionnaireItemComponent> answerable, Map<String, String> problems) {
		for (QuestionnaireItemComponent item : items) {
			String linkId = item.getLinkId();
			if (linkId == null || linkId.isBlank()) {
				problems.putIfAbsent("linkId", "Every item needs a linkId; at least one has none.");
			}
			else if (!LINK_ID.matcher(linkId).matches()) {
				problems.putIfAbsent("linkId",
						"linkIds are letters, digits, dots, hyphens and underscores, at most 64.");
			}
			else if (!seen.add(linkId)) {
				problems.putIfAbsent(linkId, "item " + linkId + ": the linkId appears twice");
			}
			else if (!item.getEnableWhen().isEmpty()) {
				problems.putIfAbsent(linkId,
						"item " + linkId + ": skip logic (enableWhen) is not supported for imported instruments");
			}
			else if (item.getType() != QuestionnaireItemType.GROUP && item.getType() != QuestionnaireItemType.DISPLAY) {
				answerable.add(item);
			}
			walk(item.getItem(), seen, answerable, problems);
		}
	}

}
