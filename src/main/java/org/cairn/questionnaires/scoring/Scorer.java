package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cairn.questionnaires.scoring.Instrument.RedFlag;
import org.cairn.questionnaires.scoring.ScoringRule.Aggregate;
import org.cairn.questionnaires.scoring.ScoringRule.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Applies an instrument's definition to one response. The order of the steps is a safety
 * decision: answers are validated first (nothing is scored from a value out of range),
 * red flags are checked next on the raw answers (so a missing item can never hide one),
 * and only then are numbers computed. Arithmetic is in {@link BigDecimal}: FSFI domains
 * are exact tenths, and means are rounded half up once, at the end, to the published
 * number of decimals.
 */
final class Scorer {

	/**
	 * Digits kept for a mean before the final rounding; far beyond any published
	 * precision.
	 */
	private static final int WORKING_SCALE = 10;

	private Scorer() {
	}

	static Score score(Instrument instrument, Map<String, Integer> given) {
		Map<String, Integer> answers = validated(instrument, given);
		List<String> why = new ArrayList<>();

		// Safety first: red flags from the answers themselves, before anything can be
		// missing.
		List<Flag> flags = redFlags(instrument, answers);
		for (RedFlag redFlag : instrument.redFlags()) {
			if (redFlag.raisedBy(answers)) {
				why.add((redFlag.urgent() ? "urgent red flag " : "flag ") + redFlag.code() + ": item "
						+ redFlag.linkId() + " answered " + answers.get(redFlag.linkId()) + " (above " + redFlag.above()
						+ "); " + redFlag.reason() + ". Raised on this answer alone, whatever else is missing.");
			}
		}

		Completeness completeness = completeness(instrument, answers);
		why.add(explain(completeness, instrument, answers));

		Result result = evaluate(instrument, answers, why);

		List<String> noActivity = noActivityItems(instrument, answers);
		Map<String, DomainScore> domains = new LinkedHashMap<>();
		result.domains()
			.forEach((domain, value) -> domains.put(domain, new DomainScore(value,
					!noActivity.isEmpty() && noActivity.containsAll(result.domainItems().get(domain)))));
		if (!noActivity.isEmpty()) {
			flags.add(new Flag(instrument.code() + "-no-activity", false,
					Items.describe(noActivity)
							+ " answered \"no activity\": a low score there reflects no activity, not difficulty",
					noActivity));
			why.add(Items.describe(noActivity) + " answered " + noActivityValues(instrument, noActivity)
					+ ", which means no activity (nothing attempted), not difficulty; a low score there reflects no activity.");
			domains.forEach((domain, score) -> {
				if (score.noActivity()) {
					why.add(domain + " = " + score.value().toPlainString()
							+ " records no activity (every item answered \"no activity\"); it is not the worst score.");
				}
			});
		}

		Band band = band(instrument, result.total(), !noActivity.isEmpty(), why);
		return new Score(instrument.code(), result.total(), domains, band, flags, completeness, why);
	}

	private static @Nullable Band band(Instrument instrument, @Nullable BigDecimal total, boolean noActivity,
			List<String> why) {
		if (instrument.bands().isEmpty()) {
			return null;
		}
		if (total == null) {
			why.add("no band: there is no total.");
			return null;
		}
		Bands bands = instrument.bands().get();
		why.add(bands.explain("total", total) + ".");
		if (noActivity) {
			why.add("The cut-off assumes activity in the period asked about; with \"no activity\" answers "
					+ "this band may reflect no activity rather than difficulty.");
		}
		return bands.bandFor(total);
	}

	/** Answers that record "no activity" (FSFI 0), in item order. */
	private static List<String> noActivityItems(Instrument instrument, Map<String, Integer> answers) {
		return answers.entrySet()
			.stream()
			.filter(answer -> instrument.items().get(answer.getKey()).meansNoActivity(answer.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toList());
	}

	/**
	 * The answers in item order, without unanswered (null) ones, or
	 * {@link InvalidAnswers} naming every unknown item and every value out of range.
	 */
	private static Map<String, Integer> validated(Instrument instrument, Map<String, Integer> given) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		List<InvalidAnswers.Problem> problems = new ArrayList<>();
		instrument.items().forEach((item, range) -> {
			Integer value = given.get(item);
			if (value == null) {
				return;
			}
			if (range.contains(value)) {
				answers.put(item, value);
			}
			else {
				problems.add(new InvalidAnswers.Problem(item, value, false, range.describe()));
			}
		});
		String allItems = Items.describe(List.copyOf(instrument.items().keySet()));
		given.keySet()
			.stream()
			.filter(item -> !instrument.items().containsKey(item))
			.sorted()
			.forEach(item -> problems.add(new InvalidAnswers.Problem(item, given.get(item), true, allItems)));
		if (!problems.isEmpty()) {
			// The response is refused, but a self-harm answer in it was still given: pass
			// it on.
			throw new InvalidAnswers(instrument.code(), problems, redFlags(instrument, answers));
		}
		return answers;
	}

	/**
	 * Red flags raised by valid answers, urgent ones first; never dependent on
	 * completeness.
	 */
	private static List<Flag> redFlags(Instrument instrument, Map<String, Integer> answers) {
		List<Flag> flags = new ArrayList<>();
		for (RedFlag redFlag : instrument.redFlags()) {
			if (redFlag.raisedBy(answers)) {
				flags.add(new Flag(redFlag.code(), redFlag.urgent(), redFlag.reason(), List.of(redFlag.linkId())));
			}
		}
		flags.sort((a, b) -> Boolean.compare(b.urgent(), a.urgent()));
		return flags;
	}

	private static Completeness completeness(Instrument instrument, Map<String, Integer> answers) {
		if (instrument.rule() instanceof ScoringRule.EachItem) {
			// Each item is optional (a patient rates only the activities they do); one is
			// enough.
			return answers.isEmpty() ? new Completeness(false, List.copyOf(instrument.items().keySet()))
					: new Completeness(true, List.of());
		}
		List<String> missing = instrument.items()
			.keySet()
			.stream()
			.filter(item -> !answers.containsKey(item))
			.collect(Collectors.toList());
		return new Completeness(missing.isEmpty(), missing);
	}

	private static String explain(Completeness completeness, Instrument instrument, Map<String, Integer> answers) {
		if (instrument.rule() instanceof ScoringRule.EachItem) {
			return completeness.complete() ? "complete: " + answers.size() + " of " + instrument.items().size()
					+ " items rated; each item is optional." : "incomplete: nothing rated.";
		}
		if (completeness.complete()) {
			return instrument.items().size() == 1 ? "complete: the one item answered."
					: "complete: all " + instrument.items().size() + " items answered.";
		}
		return "incomplete: " + Items.describe(completeness.missing()) + " not answered.";
	}

	private record Result(@Nullable BigDecimal total, Map<String, BigDecimal> domains,
			Map<String, List<String>> domainItems) {
	}

	private static Result evaluate(Instrument instrument, Map<String, Integer> answers, List<String> why) {
		ScoringRule rule = instrument.rule();
		if (rule instanceof ScoringRule.Sum) {
			return sum(instrument, answers, why);
		}
		if (rule instanceof ScoringRule.Mean mean) {
			return mean(instrument, mean, answers, why);
		}
		if (rule instanceof ScoringRule.WeightedDomains weighted) {
			return weightedDomains(weighted, answers, why);
		}
		if (rule instanceof ScoringRule.EachItem) {
			return eachItem(answers, why);
		}
		throw new IllegalStateException("no scoring for rule " + rule.kind());
	}

	private static Result sum(Instrument instrument, Map<String, Integer> answers, List<String> why) {
		List<String> items = List.copyOf(instrument.items().keySet());
		if (answers.size() < items.size()) {
			why.add("no total: the published rule adds every item, and some are not answered.");
			return new Result(null, Map.of(), Map.of());
		}
		List<Integer> values = List.copyOf(answers.values());
		BigDecimal total = BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum());
		why.add(items.size() == 1 ? "total = " + Items.describe(items) + " = " + total + "."
				: "total = " + Items.describe(items) + " added = " + Items.added(values) + " = " + total + ".");
		return new Result(total, Map.of(), Map.of());
	}

	private static Result mean(Instrument instrument, ScoringRule.Mean mean, Map<String, Integer> answers,
			List<String> why) {
		List<String> items = List.copyOf(instrument.items().keySet());
		if (answers.size() < items.size()) {
			why.add("no total: the published rule averages every item, and some are not answered.");
			return new Result(null, Map.of(), Map.of());
		}
		List<Integer> values = List.copyOf(answers.values());
		int sum = values.stream().mapToInt(Integer::intValue).sum();
		BigDecimal total = round(
				BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), WORKING_SCALE, RoundingMode.HALF_UP),
				mean.decimals());
		why.add("total = mean of " + Items.describe(items) + " = (" + Items.added(values) + ") ÷ " + values.size()
				+ " = " + total + " (rounded to " + decimals(mean.decimals()) + ").");
		return new Result(total, Map.of(), Map.of());
	}

	private static Result weightedDomains(ScoringRule.WeightedDomains rule, Map<String, Integer> answers,
			List<String> why) {
		Map<String, BigDecimal> exact = new LinkedHashMap<>();
		Map<String, BigDecimal> rounded = new LinkedHashMap<>();
		Map<String, List<String>> domainItems = new LinkedHashMap<>();
		List<String> notScored = new ArrayList<>();
		for (Domain domain : rule.domains()) {
			List<String> answered = domain.items().stream().filter(answers::containsKey).collect(Collectors.toList());
			List<String> missing = domain.items()
				.stream()
				.filter(i -> !answers.containsKey(i))
				.collect(Collectors.toList());
			if (answered.size() < domain.minAnswered()) {
				notScored.add(domain.code());
				why.add(domain.code() + " not scored: "
						+ (domain.aggregate() == Aggregate.SUM
								? Items.describe(missing) + " not answered, and the domain needs every item."
								: answered.size() + " of " + domain.items().size() + " items answered, and at least "
										+ domain.minAnswered() + " are needed."));
				continue;
			}
			List<Integer> values = answered.stream().map(answers::get).collect(Collectors.toList());
			BigDecimal sum = BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum());
			String factor = one(domain.factor()) ? "" : " × " + domain.factor().toPlainString();
			BigDecimal value;
			String how;
			if (domain.aggregate() == Aggregate.SUM) {
				value = sum.multiply(domain.factor());
				how = Items.describe(domain.items()) + " added" + factor + " = "
						+ (factor.isEmpty() ? Items.added(values) : "(" + Items.added(values) + ")" + factor);
			}
			else {
				value = sum.multiply(domain.factor())
					.divide(BigDecimal.valueOf(values.size()), WORKING_SCALE, RoundingMode.HALF_UP);
				how = (missing.isEmpty() ? "mean of " + Items.describe(domain.items())
						: "mean of the " + answered.size() + " answered of " + Items.describe(domain.items()) + " ("
								+ Items.describe(missing) + " not answered)")
						+ factor + " = (" + Items.added(values) + ") ÷ " + values.size() + factor;
			}
			exact.put(domain.code(), value);
			rounded.put(domain.code(), round(value, rule.decimals()));
			domainItems.put(domain.code(), domain.items());
			why.add(domain.code() + " = " + how + " = " + round(value, rule.decimals()) + ".");
		}
		if (!notScored.isEmpty()) {
			why.add("no total: it adds every domain, and " + String.join(", ", notScored) + " could not be scored.");
			return new Result(null, rounded, domainItems);
		}
		BigDecimal total = round(exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), rule.decimals());
		boolean roundedFirst = exact.entrySet()
			.stream()
			.anyMatch(e -> e.getValue().compareTo(rounded.get(e.getKey())) != 0);
		why.add("total = " + String.join(" + ", rounded.keySet()) + " = "
				+ rounded.values().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" + ")) + " = "
				+ total + (roundedFirst ? " (added before rounding)." : "."));
		return new Result(total, rounded, domainItems);
	}

	private static Result eachItem(Map<String, Integer> answers, List<String> why) {
		Map<String, BigDecimal> domains = new LinkedHashMap<>();
		Map<String, List<String>> domainItems = new LinkedHashMap<>();
		answers.forEach((item, value) -> {
			domains.put(item, BigDecimal.valueOf(value));
			domainItems.put(item, List.of(item));
			why.add(item + " = " + value + ".");
		});
		if (answers.size() == 1) {
			Map.Entry<String, Integer> only = answers.entrySet().iterator().next();
			why.add("total = " + only.getKey() + " = " + only.getValue() + " (one item rated).");
			return new Result(BigDecimal.valueOf(only.getValue()), domains, domainItems);
		}
		why.add(answers.isEmpty() ? "no total: nothing rated."
				: "no total: " + answers.size() + " items rated; each is its own score, because ratings of "
						+ "different activities do not add up to one number.");
		return new Result(null, domains, domainItems);
	}

	private static String noActivityValues(Instrument instrument, List<String> items) {
		return items.stream()
			.map(item -> String.valueOf(instrument.items().get(item).noActivity()))
			.distinct()
			.collect(Collectors.joining(" or "));
	}

	private static BigDecimal round(BigDecimal value, int decimals) {
		return value.setScale(decimals, RoundingMode.HALF_UP);
	}

	private static boolean one(BigDecimal factor) {
		return factor.compareTo(BigDecimal.ONE) == 0;
	}

	private static String decimals(int decimals) {
		return decimals == 0 ? "a whole number" : decimals == 1 ? "1 decimal" : decimals + " decimals";
	}

}
