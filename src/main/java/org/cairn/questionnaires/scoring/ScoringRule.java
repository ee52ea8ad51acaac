package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How an instrument turns answers into numbers. The kinds are generic so that a practice
 * importing a licensed questionnaire can attach the published rule without new code. The
 * built-in instruments use the same kinds. Every kind gives a total only when the rule's
 * items are all there (or, for {@link WeightedDomains}, every domain could be scored): a
 * total from part of a response would look like a lower score rather than a missing one.
 */
public sealed interface ScoringRule {

	/** {@code sum}, {@code mean}, {@code weighted-domains} or {@code each-item}. */
	String kind();

	/** Total = the sum of every item (PHQ-9, GAD-7, Marinoff's single grade). */
	record Sum() implements ScoringRule {

		@Override
		public String kind() {
			return "sum";
		}

	}

	/** Total = the mean of every item, rounded half up to {@code decimals} (PEG: 1). */
	record Mean(int decimals) implements ScoringRule {

		public Mean {
			requireDecimals(decimals);
		}

		@Override
		public String kind() {
			return "mean";
		}

	}

	/**
	 * Domains from groups of items, each the sum or mean of its items times a factor;
	 * total = the sum of the domains, before rounding. Values are rounded half up to
	 * {@code decimals}. FSFI (sums with factors 0.6, 0.3, 0.4), PCL-5 clusters (sums,
	 * factor 1), PFDI-20 scales (means × 25).
	 */
	record WeightedDomains(List<Domain> domains, int decimals) implements ScoringRule {

		public WeightedDomains {
			domains = List.copyOf(domains);
			if (domains.isEmpty()) {
				throw new IllegalArgumentException("weighted-domains needs at least one domain");
			}
			requireDecimals(decimals);
			Set<String> codes = new HashSet<>();
			Set<String> items = new HashSet<>();
			for (Domain domain : domains) {
				if (!codes.add(domain.code())) {
					throw new IllegalArgumentException("domain " + domain.code() + " appears twice");
				}
				for (String item : domain.items()) {
					if (!items.add(item)) {
						throw new IllegalArgumentException("item " + item + " belongs to two domains");
					}
				}
			}
		}

		@Override
		public String kind() {
			return "weighted-domains";
		}

	}

	/** How a domain combines its items before the factor. */
	enum Aggregate {

		SUM, MEAN

	}

	/**
	 * A group of items scored together. A {@link Aggregate#SUM} domain needs every item
	 * (a partial sum would read as a lower score); a {@link Aggregate#MEAN} domain is
	 * scored from the items answered, provided at least {@code minAnswered} are.
	 */
	record Domain(String code, List<String> items, Aggregate aggregate, BigDecimal factor, int minAnswered) {

		public Domain {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(aggregate, "aggregate");
			Objects.requireNonNull(factor, "factor");
			items = List.copyOf(items);
			if (items.isEmpty()) {
				throw new IllegalArgumentException("domain " + code + " has no items");
			}
			if (factor.signum() <= 0) {
				throw new IllegalArgumentException("domain " + code + " has factor " + factor + "; it must be above 0");
			}
			if (minAnswered < 1 || minAnswered > items.size()) {
				throw new IllegalArgumentException("domain " + code + " needs between 1 and " + items.size()
						+ " answered items, not " + minAnswered);
			}
			if (aggregate == Aggregate.SUM && minAnswered != items.size()) {
				throw new IllegalArgumentException("domain " + code + " sums its items, so it needs all of them");
			}
		}

		/** Sum of all items × factor; needs every item. */
		public static Domain sum(String code, List<String> items, String factor) {
			return new Domain(code, items, Aggregate.SUM, new BigDecimal(factor), items.size());
		}

		/**
		 * Mean of the answered items × factor; needs at least {@code minAnswered} of
		 * them.
		 */
		public static Domain mean(String code, List<String> items, String factor, int minAnswered) {
			return new Domain(code, items, Aggregate.MEAN, new BigDecimal(factor), minAnswered);
		}

	}

	/**
	 * Each item is its own score (pain per activity), reported as a domain keyed by the
	 * item's linkId; total = the item's value when exactly one item is answered, and none
	 * otherwise, because ratings of different activities do not add up to one pain.
	 * Complete when at least one item is answered.
	 */
	record EachItem() implements ScoringRule {

		@Override
		public String kind() {
			return "each-item";
		}

	}

	private static void requireDecimals(int decimals) {
		if (decimals < 0 || decimals > 4) {
			throw new IllegalArgumentException("decimals must be 0 to 4, not " + decimals);
		}
	}

}
