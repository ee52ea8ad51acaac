package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cairn.questionnaires.scoring.Bands;
import org.cairn.questionnaires.scoring.Change;
import org.cairn.questionnaires.scoring.Direction;
import org.cairn.questionnaires.scoring.Instrument;
import org.cairn.questionnaires.scoring.ItemRange;
import org.cairn.questionnaires.scoring.MinimalImportantChange;
import org.cairn.questionnaires.scoring.ScoringRule;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of one instrument's history as an SVG chart: a vertical scale over the
 * instrument's whole possible range, its bands as shaded rectangles, one point per scored
 * response placed by date, and the change between consecutive comparable scores read
 * against the minimal important change ({@link Change}). Pure: the template only draws
 * what this computes, so the numbers are unit-tested.
 * <p>
 * Hazards. A worsening must never be hidden: the scale always covers every value shown
 * (it widens rather than clipping a point), and every classified change, worse as well as
 * better, is marked and listed in the data table. An FSFI response with a "no activity"
 * domain is never placed on the scale, where its low total would read as the worst
 * function (H02): it sits on a separate "no activity" line below the plot, and is not
 * used for change.
 */
final class ScoreChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 230;

	static final int PLOT_LEFT = 48;

	static final int PLOT_RIGHT = 500;

	static final int PLOT_TOP = 16;

	/** 162 = 27 × 6: a PHQ-9 point lands on whole pixels. */
	static final int PLOT_BOTTOM = 178;

	/** The line below the plot where "no activity" responses are marked. */
	static final int NO_ACTIVITY_Y = 208;

	/** Where band labels start, right of the plot. */
	static final int LABEL_X = PLOT_RIGHT + 8;

	/** The lowest and highest possible total. */
	record Scale(BigDecimal min, BigDecimal max) {

		Scale {
			if (max.compareTo(min) <= 0) {
				throw new IllegalArgumentException("scale " + min + "–" + max + " is empty");
			}
		}

		static Scale of(String min, String max) {
			return new Scale(new BigDecimal(min), new BigDecimal(max));
		}

	}

	/** One stored score, as the chart reads it. */
	record Entry(Instant at, @Nullable BigDecimal total, boolean noActivity, @Nullable String band) {
	}

	/** A band drawn as a rectangle, with its label placed mid-height. */
	record BandArea(String code, String description, double y, double height, double labelY, int tone) {
	}

	record Tick(double y, String label) {
	}

	record Point(double x, double y, Instant at, String value, boolean noActivity) {
	}

	/** A line between two plotted points. */
	record Segment(double x1, double y1, double x2, double y2) {
	}

	/**
	 * The change from the previous comparable score, marked at the middle of the line
	 * between them.
	 */
	record ChangeMark(double x, double y, Change change, String size) {

		public String outcome() {
			return change.outcome().code();
		}

	}

	/** A row of the data table behind the chart; {@code change} null for the first. */
	record Row(Instant at, @Nullable String total, boolean noActivity, @Nullable String band,
			@Nullable ChangeMark change) {
	}

	record Chart(Scale scale, List<Tick> ticks, List<BandArea> bands, List<Point> points, List<Segment> segments,
			List<ChangeMark> changes, List<Row> rows, @Nullable String minimalImportantChange, Direction direction,
			boolean anyNoActivity) {

		public int width() {
			return WIDTH;
		}

		public int height() {
			return HEIGHT;
		}

		public int plotLeft() {
			return PLOT_LEFT;
		}

		public int plotRight() {
			return PLOT_RIGHT;
		}

		public int plotTop() {
			return PLOT_TOP;
		}

		public int plotBottom() {
			return PLOT_BOTTOM;
		}

		public int noActivityY() {
			return NO_ACTIVITY_Y;
		}

		public int labelX() {
			return LABEL_X;
		}

		/** The newest row, or null when nothing has been answered. */
		public @Nullable Row latest() {
			return rows.isEmpty() ? null : rows.get(rows.size() - 1);
		}

	}

	private ScoreChart() {
	}

	/** The chart of {@code entries} (oldest first) on {@code instrument}. */
	static Chart of(Instrument instrument, List<Entry> entries) {
		return of(scaleOf(instrument), instrument.bands().orElse(null), instrument.direction(),
				instrument.minimalImportantChange().orElse(null), instrument.code(), entries);
	}

	static Chart of(Scale published, @Nullable Bands bands, Direction direction,
			@Nullable MinimalImportantChange minimal, String label, List<Entry> entries) {
		Scale scale = widened(published, entries);
		List<Entry> sorted = entries.stream().sorted((a, b) -> a.at().compareTo(b.at())).toList();
		long first = sorted.isEmpty() ? 0 : sorted.get(0).at().getEpochSecond();
		long last = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).at().getEpochSecond();

		List<Point> points = new ArrayList<>();
		List<Segment> segments = new ArrayList<>();
		List<ChangeMark> changes = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Point previous = null;
		Entry previousEntry = null;
		boolean anyNoActivity = false;
		for (Entry entry : sorted) {
			double x = x(entry.at().getEpochSecond(), first, last);
			if (entry.total() == null) {
				rows.add(new Row(entry.at(), null, entry.noActivity(), null, null));
				continue;
			}
			if (entry.noActivity()) {
				anyNoActivity = true;
				points.add(new Point(x, NO_ACTIVITY_Y, entry.at(), plain(entry.total()), true));
				rows.add(new Row(entry.at(), plain(entry.total()), true, entry.band(), null));
				continue;
			}
			Point point = new Point(x, y(scale, entry.total()), entry.at(), plain(entry.total()), false);
			ChangeMark mark = null;
			if (previous != null && previousEntry != null) {
				segments.add(new Segment(previous.x(), previous.y(), point.x(), point.y()));
				Change change = Change.between(label, Objects.requireNonNull(previousEntry.total()), entry.total(),
						direction, minimal);
				mark = new ChangeMark(round((previous.x() + point.x()) / 2), round((previous.y() + point.y()) / 2),
						change, plain(change.difference().abs()));
				changes.add(mark);
			}
			points.add(point);
			rows.add(new Row(entry.at(), plain(entry.total()), false, entry.band(), mark));
			previous = point;
			previousEntry = entry;
		}
		return new Chart(scale, ticks(scale, bands), bandAreas(scale, bands), points, segments, changes, rows,
				minimal == null ? null : describe(minimal), direction, anyNoActivity);
	}

	/**
	 * The instrument's possible range of totals, from its items and rule: a sum adds the
	 * ends of every item, a mean takes the widest item, weighted domains add each
	 * domain's range times its factor (FSFI 2.0–36.0).
	 */
	static Scale scaleOf(Instrument instrument) {
		List<ItemRange> ranges = List.copyOf(instrument.items().values());
		ScoringRule rule = instrument.rule();
		if (rule instanceof ScoringRule.Sum) {
			return new Scale(BigDecimal.valueOf(ranges.stream().mapToInt(ItemRange::min).sum()),
					BigDecimal.valueOf(ranges.stream().mapToInt(ItemRange::max).sum()));
		}
		if (rule instanceof ScoringRule.WeightedDomains weighted) {
			BigDecimal min = BigDecimal.ZERO;
			BigDecimal max = BigDecimal.ZERO;
			for (ScoringRule.Domain domain : weighted.domains()) {
				List<ItemRange> items = domain.items().stream().map(instrument.items()::get).toList();
				BigDecimal low;
				BigDecimal high;
				if (domain.aggregate() == ScoringRule.Aggregate.SUM) {
					low = BigDecimal.valueOf(items.stream().mapToInt(ItemRange::min).sum());
					high = BigDecimal.valueOf(items.stream().mapToInt(ItemRange::max).sum());
				}
				else {
					low = BigDecimal.valueOf(items.stream().mapToInt(ItemRange::min).min().orElse(0));
					high = BigDecimal.valueOf(items.stream().mapToInt(ItemRange::max).max().orElse(0));
				}
				min = min.add(low.multiply(domain.factor()));
				max = max.add(high.multiply(domain.factor()));
			}
			return new Scale(whole(min), whole(max));
		}
		// Mean, and each item on its own: the widest single item.
		return new Scale(BigDecimal.valueOf(ranges.stream().mapToInt(ItemRange::min).min().orElse(0)),
				BigDecimal.valueOf(ranges.stream().mapToInt(ItemRange::max).max().orElse(1)));
	}

	/**
	 * A value outside the published range (an old definition, a data error) widens the
	 * scale instead of being clipped, so it can never hide at the edge.
	 */
	private static Scale widened(Scale scale, List<Entry> entries) {
		BigDecimal min = scale.min();
		BigDecimal max = scale.max();
		for (Entry entry : entries) {
			if (entry.total() != null && !entry.noActivity()) {
				min = min.min(entry.total());
				max = max.max(entry.total());
			}
		}
		return new Scale(min, max);
	}

	private static List<BandArea> bandAreas(Scale scale, @Nullable Bands bands) {
		List<BandArea> areas = new ArrayList<>();
		if (bands == null) {
			return areas;
		}
		BigDecimal lower = scale.min();
		int index = 0;
		for (Bands.Cut cut : bands.cuts()) {
			BigDecimal upper = cut.atMost().min(scale.max());
			if (upper.compareTo(lower) > 0) {
				areas.add(area(scale, lower, upper, cut.band().code(), cut.band().description(), index++));
			}
			lower = upper.max(lower);
		}
		if (scale.max().compareTo(lower) > 0) {
			areas.add(area(scale, lower, scale.max(), bands.top().code(), bands.top().description(), index));
		}
		return areas;
	}

	private static BandArea area(Scale scale, BigDecimal lower, BigDecimal upper, String code, String description,
			int index) {
		double top = y(scale, upper);
		double bottom = y(scale, lower);
		return new BandArea(code, description, top, round(bottom - top), round((top + bottom) / 2 + 4), index % 2);
	}

	private static List<Tick> ticks(Scale scale, @Nullable Bands bands) {
		List<Tick> ticks = new ArrayList<>();
		ticks.add(new Tick(y(scale, scale.min()), plain(scale.min())));
		if (bands != null) {
			for (Bands.Cut cut : bands.cuts()) {
				if (cut.atMost().compareTo(scale.min()) > 0 && cut.atMost().compareTo(scale.max()) < 0) {
					ticks.add(new Tick(y(scale, cut.atMost()), plain(cut.atMost())));
				}
			}
		}
		ticks.add(new Tick(y(scale, scale.max()), plain(scale.max())));
		return ticks;
	}

	static double y(Scale scale, BigDecimal value) {
		BigDecimal span = scale.max().subtract(scale.min());
		BigDecimal offset = scale.max()
			.subtract(value)
			.multiply(BigDecimal.valueOf(PLOT_BOTTOM - PLOT_TOP))
			.divide(span, 1, RoundingMode.HALF_UP);
		return offset.add(BigDecimal.valueOf(PLOT_TOP)).doubleValue();
	}

	private static double x(long at, long first, long last) {
		if (last == first) {
			return round((PLOT_LEFT + PLOT_RIGHT) / 2.0);
		}
		// Inset by 12 px so the first and last points are not drawn on the axis.
		double inset = 12;
		return round(PLOT_LEFT + inset + (double) (at - first) / (last - first) * (PLOT_RIGHT - PLOT_LEFT - 2 * inset));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** 36.0 as 36 and 80 as 80 (not 8E+1), so scales compare and print plainly. */
	private static BigDecimal whole(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** "5", or "2 (or 30%)" for pain ratings. */
	private static String describe(MinimalImportantChange minimal) {
		return minimal.percent() == null ? plain(minimal.points())
				: plain(minimal.points()) + " (or " + plain(minimal.percent()) + "%)";
	}

}
