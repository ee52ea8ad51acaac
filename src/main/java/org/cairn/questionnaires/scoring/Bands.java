package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An instrument's bands as ordered cut-offs: each band covers totals above the previous
 * cut-off and at most its own ({@code atMost}, included), and {@code top} covers
 * everything above the last one. Written as the published "0–4, 5–9, …" ranges, so a
 * boundary total falls in exactly one band: PHQ-9 {@code upTo(4, minimal).upTo(9, mild)}
 * puts 4 in minimal and 5 in mild.
 */
public record Bands(List<Cut> cuts, Band top) {

	public record Cut(BigDecimal atMost, Band band) {

		public Cut {
			Objects.requireNonNull(atMost, "atMost");
			Objects.requireNonNull(band, "band");
		}

	}

	public Bands {
		cuts = List.copyOf(cuts);
		Objects.requireNonNull(top, "top");
		for (int i = 1; i < cuts.size(); i++) {
			if (cuts.get(i).atMost().compareTo(cuts.get(i - 1).atMost()) <= 0) {
				throw new IllegalArgumentException(
						"band cut-offs must rise: " + cuts.get(i).atMost() + " follows " + cuts.get(i - 1).atMost());
			}
		}
	}

	public static Builder upTo(int atMost, String code, String description) {
		return new Builder().upTo(atMost, code, description);
	}

	public static Builder upTo(String atMost, String code, String description) {
		return new Builder().upTo(atMost, code, description);
	}

	public Band bandFor(BigDecimal total) {
		for (Cut cut : cuts) {
			if (total.compareTo(cut.atMost()) <= 0) {
				return cut.band();
			}
		}
		return top;
	}

	/** The explanation line: which range the total fell in. */
	String explain(String label, BigDecimal total) {
		@Nullable BigDecimal above = null;
		for (Cut cut : cuts) {
			if (total.compareTo(cut.atMost()) <= 0) {
				String range = above == null ? "at most " + plain(cut.atMost())
						: "above " + plain(above) + " and at most " + plain(cut.atMost());
				return line(label, total, range, cut.band());
			}
			above = cut.atMost();
		}
		return line(label, total, above == null ? "any value" : "above " + plain(above), top);
	}

	private static String line(String label, BigDecimal total, String range, Band band) {
		return "band " + band.code() + ": " + label + " " + plain(total) + " is " + range + " (" + band.description()
				+ ")";
	}

	private static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	public static final class Builder {

		private final List<Cut> cuts = new ArrayList<>();

		private Builder() {
		}

		public Builder upTo(int atMost, String code, String description) {
			return upTo(BigDecimal.valueOf(atMost), code, description);
		}

		public Builder upTo(String atMost, String code, String description) {
			return upTo(new BigDecimal(atMost), code, description);
		}

		private Builder upTo(BigDecimal atMost, String code, String description) {
			cuts.add(new Cut(atMost, new Band(code, description)));
			return this;
		}

		public Bands above(String code, String description) {
			return new Bands(cuts, new Band(code, description));
		}

	}

}
