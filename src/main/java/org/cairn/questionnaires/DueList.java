package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What one patient is due to answer today: pure rules over the practice's
 * {@link Schedule}, the patient's start, and their last response to each instrument.
 * <p>
 * The rules, all in calendar days of the patient's own time zone (a response at 23:30 in
 * Sydney counts for that Sydney day, whatever UTC says):
 * <ul>
 * <li>The intake is due from the start day until it is answered, once.</li>
 * <li>A measure that is on and never answered is due from the start day (the
 * baseline).</li>
 * <li>After a response on day D, a measure repeated every n weeks is next due on D + 7n.
 * Answering on or after that day starts the count again from the day of the answer.</li>
 * <li>A "while raised" measure (PHQ-9, GAD-7) repeats only while its last total was 10 or
 * more; a last response without a total (incomplete) keeps it repeating, so a missing
 * score never stops follow-up.</li>
 * <li>Overdue: due for more than {@value #GRACE_DAYS} days, i.e. from the eighth day
 * after the due day. Pages word it calmly; it orders the clinician's caseload.</li>
 * </ul>
 * The list is computed from the clock each time and never stored, so a due date cannot go
 * stale after a new response or a schedule change (hazard H28).
 */
public final class DueList {

	public static final int GRACE_DAYS = 7;

	private final Schedule schedule;

	private final Clock clock;

	public DueList(Schedule schedule, Clock clock) {
		this.schedule = schedule;
		this.clock = clock;
	}

	/** The last response to one instrument; total null when it has none. */
	public record Past(String instrument, Instant authored, @Nullable BigDecimal total) {
	}

	/**
	 * @param startedAt when the patient's care in Cairn started (their invitation)
	 * @param zone the patient's time zone
	 * @param past responses; only the latest per instrument counts
	 * @return what is due today, oldest due first
	 */
	public List<Due> forPatient(Instant startedAt, ZoneId zone, List<Past> past) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate start = LocalDate.ofInstant(startedAt, zone);
		Map<String, Past> last = new HashMap<>();
		for (Past p : past) {
			last.merge(p.instrument(), p, (a, b) -> a.authored().isAfter(b.authored()) ? a : b);
		}
		List<Due> due = new ArrayList<>();
		if (!last.containsKey(Schedule.INTAKE)) {
			add(due, Schedule.INTAKE, start, today, new Due.Reason(Due.Kind.INTAKE, 0, null, null));
		}
		for (Schedule.Rule rule : schedule.rules()) {
			Integer weeks = rule.everyWeeks();
			if (weeks == null) {
				continue;
			}
			Past previous = last.get(rule.instrument());
			if (previous == null) {
				add(due, rule.instrument(), start, today, new Due.Reason(Due.Kind.BASELINE, weeks, null, null));
				continue;
			}
			BigDecimal total = previous.total();
			boolean raised = total == null || total.compareTo(BigDecimal.valueOf(Schedule.RAISED)) >= 0;
			if (rule.whileRaised() && !raised) {
				continue;
			}
			LocalDate answered = LocalDate.ofInstant(previous.authored(), zone);
			LocalDate next = answered.plusWeeks(weeks);
			long daysSince = ChronoUnit.DAYS.between(answered, today);
			add(due, rule.instrument(), next, today,
					new Due.Reason(rule.whileRaised() ? Due.Kind.RAISED : Due.Kind.REPEAT, weeks, daysSince, total));
		}
		due.sort(Comparator.comparing(Due::dueSince));
		return List.copyOf(due);
	}

	private static void add(List<Due> due, String instrument, LocalDate since, LocalDate today, Due.Reason reason) {
		if (!since.isAfter(today)) {
			due.add(new Due(instrument, since, since.plusDays(GRACE_DAYS).isBefore(today), reason));
		}
	}

}
