package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.platform.InvalidInputException;
import org.cairn.questionnaires.scoring.Bands;
import org.cairn.questionnaires.scoring.Direction;
import org.cairn.questionnaires.scoring.Instrument;
import org.cairn.questionnaires.scoring.ItemRange;
import org.cairn.questionnaires.scoring.MinimalImportantChange;
import org.cairn.questionnaires.scoring.ScoringRule;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import tools.jackson.databind.JsonNode;

/**
 * The scoring rule a practice attaches to an imported questionnaire, as JSON, turned into
 * an {@link Instrument} with the engine's own builder, so the same checks apply as to the
 * shipped instruments: a domain naming an item the questionnaire lacks, an item in two
 * domains, a sum domain that would add part of its items, band cut-offs that do not rise
 * and a missing direction are all refused here, at import, never on a patient's response
 * (hazard H32).
 *
 * <pre>
 * {"kind": "sum" | "mean" | "weighted-domains", "decimals": 1,
 *  "direction": "lower-is-better" | "higher-is-better",
 *  "domains": [{"code": "x", "items": ["1", "2"], "aggregate": "sum" | "mean", "factor": "0.6", "minAnswered": 2}],
 *  "bands": [{"upTo": "4", "code": "low", "description": "0–4 low"}, {"code": "high", "description": "5 and above"}],
 *  "minimalImportantChange": "5"}
 * </pre>
 *
 * Imported instruments carry no red flags: the builder offers none outside the engine,
 * because a flag on an unreviewed rule could promise a safety net that is not there.
 */
final class ImportedRule {

	static final int MAX_DOMAINS = 20;

	static final int MAX_BANDS = 10;

	private ImportedRule() {
	}

	/**
	 * Each answerable item's range from the scores of its options, or a refusal naming
	 * every item without integer option scores.
	 */
	static Map<String, ItemRange> ranges(List<QuestionnaireItemComponent> answerable) {
		Map<String, ItemRange> ranges = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (QuestionnaireItemComponent item : answerable) {
			String linkId = item.getLinkId();
			if (!ResponseReader.scoresAsInteger(item)) {
				problems.put(linkId, "item " + linkId
						+ ": needs type choice with answer options that carry integer scores (valueInteger)");
				continue;
			}
			int min = item.getAnswerOption()
				.stream()
				.mapToInt(o -> ((IntegerType) o.getValue()).getValue())
				.min()
				.orElseThrow();
			int max = item.getAnswerOption()
				.stream()
				.mapToInt(o -> ((IntegerType) o.getValue()).getValue())
				.max()
				.orElseThrow();
			ranges.put(linkId, ItemRange.of(min, max));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(String.join("; ", problems.values()), problems);
		}
		return ranges;
	}

	/**
	 * The instrument, or {@link InvalidInputException} on field {@code scoring} saying
	 * what is wrong.
	 */
	static Instrument build(String code, String title, Map<String, ItemRange> items, JsonNode spec) {
		try {
			if (!spec.isObject()) {
				throw refuse("Give the scoring rule as an object with a kind: sum, mean or weighted-domains.");
			}
			Instrument.Builder builder = Instrument.define(code, title);
			items.forEach(builder::item);
			builder.rule(rule(spec));
			builder.direction(direction(spec.path("direction")));
			JsonNode bands = spec.path("bands");
			if (!bands.isMissingNode() && !bands.isNull()) {
				builder.bands(bands(bands));
			}
			JsonNode minimal = spec.path("minimalImportantChange");
			if (!minimal.isMissingNode() && !minimal.isNull()) {
				builder.minimalImportantChange(
						new MinimalImportantChange(decimal(minimal, "minimalImportantChange"), null));
			}
			return builder.build();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw refuse("The scoring rule does not fit this questionnaire: " + ex.getMessage() + ".");
		}
	}

	private static ScoringRule rule(JsonNode spec) {
		String kind = spec.path("kind").asString("");
		return switch (kind) {
			case "sum" -> new ScoringRule.Sum();
			case "mean" -> new ScoringRule.Mean(decimals(spec));
			case "weighted-domains" -> new ScoringRule.WeightedDomains(domains(spec.path("domains")), decimals(spec));
			default -> throw refuse("The scoring rule's kind must be sum, mean or weighted-domains"
					+ (kind.isEmpty() ? "." : ", not '" + kind + "'."));
		};
	}

	private static int decimals(JsonNode spec) {
		JsonNode decimals = spec.path("decimals");
		if (decimals.isMissingNode() || decimals.isNull()) {
			return 0;
		}
		if (!decimals.isIntegralNumber()) {
			throw refuse("decimals must be a whole number from 0 to 4.");
		}
		return decimals.asInt();
	}

	private static List<ScoringRule.Domain> domains(JsonNode domains) {
		if (!domains.isArray() || domains.isEmpty()) {
			throw refuse("weighted-domains needs a list of domains, each with a code, items and a factor.");
		}
		if (domains.size() > MAX_DOMAINS) {
			throw refuse("At most " + MAX_DOMAINS + " domains.");
		}
		List<ScoringRule.Domain> list = new ArrayList<>();
		for (JsonNode domain : domains) {
			String code = domain.path("code").asString("");
			if (code.isBlank()) {
				throw refuse("Every domain needs a code.");
			}
			List<String> items = new ArrayList<>();
			if (!domain.path("items").isArray() || domain.path("items").isEmpty()) {
				throw refuse("Domain " + code + " needs a list of items (their linkIds).");
			}
			domain.path("items").forEach(item -> items.add(item.asString("")));
			String aggregate = domain.path("aggregate").asString("sum");
			BigDecimal factor = domain.has("factor") ? decimal(domain.path("factor"), "factor of domain " + code)
					: BigDecimal.ONE;
			switch (aggregate) {
				case "sum" ->
					list.add(new ScoringRule.Domain(code, items, ScoringRule.Aggregate.SUM, factor, items.size()));
				case "mean" -> list.add(new ScoringRule.Domain(code, items, ScoringRule.Aggregate.MEAN, factor,
						domain.path("minAnswered").asInt(items.size())));
				default ->
					throw refuse("Domain " + code + " must be a sum or a mean of its items, not '" + aggregate + "'.");
			}
		}
		return list;
	}

	private static Direction direction(JsonNode direction) {
		return switch (direction.asString("")) {
			case "lower-is-better" -> Direction.LOWER_IS_BETTER;
			case "higher-is-better" -> Direction.HIGHER_IS_BETTER;
			default -> throw refuse("Say which way is better: direction lower-is-better or higher-is-better.");
		};
	}

	private static Bands bands(JsonNode bands) {
		if (!bands.isArray() || bands.size() < 2 || bands.size() > MAX_BANDS) {
			throw refuse("Bands are a list of 2 to " + MAX_BANDS
					+ " entries: each with upTo (included), a code and a description, and the last without upTo.");
		}
		List<Bands.Cut> cuts = new ArrayList<>();
		for (int i = 0; i < bands.size() - 1; i++) {
			JsonNode band = bands.get(i);
			if (!band.has("upTo")) {
				throw refuse("Every band but the last needs upTo, the highest total it covers.");
			}
			cuts.add(new Bands.Cut(decimal(band.path("upTo"), "upTo of band " + (i + 1)), band(band)));
		}
		JsonNode top = bands.get(bands.size() - 1);
		if (top.has("upTo")) {
			throw refuse("The last band covers everything above the others: leave out its upTo.");
		}
		return new Bands(cuts, band(top));
	}

	private static org.cairn.questionnaires.scoring.Band band(JsonNode band) {
		String code = band.path("code").asString("");
		String description = band.path("description").asString("");
		if (!code.matches("[a-z0-9][a-z0-9-]{0,63}") || description.isBlank() || description.length() > 200) {
			throw refuse(
					"Every band needs a code (lower-case letters, digits and hyphens) and a description of at most 200 characters.");
		}
		return new org.cairn.questionnaires.scoring.Band(code, description);
	}

	private static BigDecimal decimal(JsonNode node, String what) {
		try {
			BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString(""));
			if (value.abs().compareTo(BigDecimal.valueOf(100_000)) > 0) {
				throw refuse(what + " is too large.");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw refuse(what + " must be a number.");
		}
	}

	private static InvalidInputException refuse(String message) {
		return InvalidInputException.field("scoring", message);
	}

}
