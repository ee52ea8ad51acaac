package org.cairn.questionnaires.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A scorable instrument: its items with their ranges, its {@link ScoringRule}, its bands,
 * which way is better and its minimal important change. The built-in ones are in
 * {@link Instruments}; a practice that imports a licensed questionnaire defines its own
 * with {@link #define(String, String)}. A definition is checked when it is built, so a
 * rule naming an item the instrument lacks fails at start-up or import, not on a
 * patient's response.
 */
public final class Instrument {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private final String code;

	private final String title;

	private final Map<String, ItemRange> items;

	private final ScoringRule rule;

	private final @Nullable Bands bands;

	private final Direction direction;

	private final @Nullable MinimalImportantChange minimalImportantChange;

	private final List<RedFlag> redFlags;

	private Instrument(Builder builder) {
		this.code = builder.code;
		this.title = builder.title;
		this.items = Collections.unmodifiableMap(new LinkedHashMap<>(builder.items));
		this.rule = Objects.requireNonNull(builder.rule, () -> code + " has no scoring rule");
		this.bands = builder.bands;
		this.direction = Objects.requireNonNull(builder.direction, () -> code + " does not say which way is better");
		this.minimalImportantChange = builder.minimalImportantChange;
		this.redFlags = List.copyOf(builder.redFlags);
		if (items.isEmpty()) {
			throw new IllegalArgumentException(code + " has no items");
		}
		if (rule instanceof ScoringRule.WeightedDomains weighted) {
			for (ScoringRule.Domain domain : weighted.domains()) {
				for (String item : domain.items()) {
					requireItem(item, "domain " + domain.code());
				}
			}
		}
		for (RedFlag flag : redFlags) {
			requireItem(flag.linkId(), "red flag " + flag.code());
		}
	}

	private void requireItem(String linkId, String usedBy) {
		if (!items.containsKey(linkId)) {
			throw new IllegalArgumentException(
					code + ": " + usedBy + " names item " + linkId + ", which it does not have");
		}
	}

	/** Starts a definition; {@code code} is lower-case letters, digits and hyphens. */
	public static Builder define(String code, String title) {
		return new Builder(code, title);
	}

	/**
	 * Scores one response: {@code answers} maps an item's linkId to its published score
	 * value; an item that is absent (or mapped to null) was not answered.
	 * @throws InvalidAnswers naming every unknown item and every value out of range
	 */
	public Score score(Map<String, Integer> answers) {
		return Scorer.score(this, answers);
	}

	public String code() {
		return code;
	}

	public String title() {
		return title;
	}

	/** Items in order, by linkId. */
	public Map<String, ItemRange> items() {
		return items;
	}

	public ScoringRule rule() {
		return rule;
	}

	public Optional<Bands> bands() {
		return Optional.ofNullable(bands);
	}

	public Direction direction() {
		return direction;
	}

	public Optional<MinimalImportantChange> minimalImportantChange() {
		return Optional.ofNullable(minimalImportantChange);
	}

	List<RedFlag> redFlags() {
		return redFlags;
	}

	@Override
	public String toString() {
		return code;
	}

	/**
	 * A red flag raised by one item's answer above a threshold (CLINICAL.md section 4).
	 * Checked on the raw answers before anything else, so it never depends on the
	 * response being complete.
	 */
	record RedFlag(String code, String linkId, int above, boolean urgent, String reason) {

		boolean raisedBy(Map<String, Integer> answers) {
			Integer value = answers.get(linkId);
			return value != null && value > above;
		}

	}

	public static final class Builder {

		private final String code;

		private final String title;

		private final Map<String, ItemRange> items = new LinkedHashMap<>();

		private @Nullable ScoringRule rule;

		private @Nullable Bands bands;

		private @Nullable Direction direction;

		private @Nullable MinimalImportantChange minimalImportantChange;

		private final List<RedFlag> redFlags = new ArrayList<>();

		private Builder(String code, String title) {
			if (!CODE.matcher(code).matches()) {
				throw new IllegalArgumentException(
						"instrument code '" + code + "' must be lower-case letters, digits and hyphens");
			}
			this.code = code;
			this.title = Objects.requireNonNull(title, "title");
		}

		public Builder item(String linkId, ItemRange range) {
			if (items.putIfAbsent(Objects.requireNonNull(linkId, "linkId"), range) != null) {
				throw new IllegalArgumentException(code + ": item " + linkId + " is defined twice");
			}
			return this;
		}

		/**
		 * Items numbered {@code first} to {@code last} (linkIds "1", "2", …), all with
		 * one range.
		 */
		public Builder items(int first, int last, ItemRange range) {
			for (int i = first; i <= last; i++) {
				item(String.valueOf(i), range);
			}
			return this;
		}

		public Builder rule(ScoringRule rule) {
			this.rule = rule;
			return this;
		}

		public Builder bands(Bands bands) {
			this.bands = bands;
			return this;
		}

		public Builder direction(Direction direction) {
			this.direction = direction;
			return this;
		}

		public Builder minimalImportantChange(MinimalImportantChange change) {
			this.minimalImportantChange = change;
			return this;
		}

		/**
		 * Built-in only: imported questionnaires carry no red flags until a clinician has
		 * reviewed them.
		 */
		Builder redFlag(String flagCode, String linkId, int above, boolean urgent, String reason) {
			redFlags.add(new RedFlag(flagCode, linkId, above, urgent, reason));
			return this;
		}

		public Instrument build() {
			return new Instrument(this);
		}

	}

}
