package org.cairn.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.cairn.homeprogram.HomePrograms;
import org.cairn.homeprogram.Schedule;
import org.cairn.identity.Actor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Alex's home program: three exercises from the physio (breathing, a supported release
 * and, with Alex's agreement, a fingertip at the entrance) and two from the sex therapist
 * (touch without a goal, talking about pain), prescribed about twelve weeks ago, with
 * four weeks of entries at roughly three days in four and discomfort that eases over
 * time. Today is left open, so the checklist has something to mark. The draws come from a
 * fixed seed, so every start shows the same story.
 */
@Component
@Order(40)
class DemoHomeProgram implements DemoContent {

	private final HomePrograms programs;

	private final Clock clock;

	DemoHomeProgram(HomePrograms programs, Clock clock) {
		this.programs = programs;
		this.clock = clock;
	}

	/**
	 * One prescription and how its entries look: the chance of doing it on a planned day,
	 * and the discomfort four weeks ago and now.
	 */
	private record Plan(UUID id, Schedule schedule, double chance, int discomfortThen, int discomfortNow,
			List<String> notes) {
	}

	@Override
	public void seed(DemoCast cast) {
		Instant now = clock.instant();
		Instant prescribed = now.minus(Duration.ofDays(7 * 12)).plus(Duration.ofHours(1));
		Actor physio = cast.physio().toActor();
		Actor therapist = cast.therapist().toActor();
		Actor alex = cast.alexAccount().toActor();
		programs.agreeToInsertion(alex, cast.alex(), prescribed.minus(Duration.ofHours(1)));

		Schedule everyDay = new Schedule(java.util.EnumSet.allOf(DayOfWeek.class), 0);
		List<Plan> plans = List.of(
				new Plan(
						programs.prescribeFromLibrary(physio, cast.alex(), "belly-breathing",
								"5 minutes, morning and evening", everyDay, prescribed),
						everyDay, 0.8, 2, 1, List.of("Easier in the evening.", "Felt calmer afterwards.")),
				new Plan(
						programs.prescribeFromLibrary(physio, cast.alex(), "supported-butterfly", "5 minutes",
								Schedule.onDays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), prescribed),
						Schedule.onDays(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 0.75, 3, 1,
						List.of("More pillows helped.")),
				new Plan(
						programs.prescribeFromLibrary(physio, cast.alex(), "fingertip-at-entrance",
								"3 minutes, after a few belly breaths", Schedule.timesAWeek(3), prescribed),
						Schedule.onDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), 0.7, 5, 3,
						List.of("Stopped early, and that was OK.", "Less tense than last week.")),
				new Plan(programs.prescribeFromLibrary(therapist, cast.alex(), "sensate-focus-one",
						"15 minutes each, twice a week", Schedule.timesAWeek(2), prescribed.plus(Duration.ofDays(7))),
						Schedule.onDays(DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY), 0.7, 2, 0,
						List.of("Nice to be close without worrying.")),
				new Plan(
						programs.prescribeFromLibrary(therapist, cast.alex(), "talking-about-pain", "20 minutes",
								Schedule.onDays(DayOfWeek.SUNDAY), prescribed.plus(Duration.ofDays(7))),
						Schedule.onDays(DayOfWeek.SUNDAY), 0.75, 3, 1,
						List.of("Hard, but we listened to each other.")));

		Random random = new Random(40);
		LocalDate today = programs.today(cast.alex());
		LocalDate first = today.minusDays(28);
		for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
			double progress = (double) day.toEpochDay() - first.toEpochDay();
			for (Plan plan : plans) {
				if (!plan.schedule().plannedOn(day) || random.nextDouble() >= plan.chance()) {
					continue;
				}
				double expected = plan.discomfortThen()
						+ (plan.discomfortNow() - plan.discomfortThen()) * progress / 28;
				int discomfort = (int) Math.max(0, Math.min(10, Math.round(expected + random.nextInt(3) - 1)));
				String note = random.nextDouble() < 0.2 ? plan.notes().get(random.nextInt(plan.notes().size())) : null;
				programs.logDone(cast.alex(), plan.id(), day, discomfort, note);
			}
		}
	}

}
