package org.cairn.homeprogram;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import org.cairn.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

	@Test
	void everyDayOfTheWeekIsStoredWithinItsColumnAndReadBack() {
		Schedule everyDay = new Schedule(EnumSet.allOf(DayOfWeek.class), 0);

		String stored = everyDay.storedDays();

		assertThat(stored).isEqualTo("MON,TUE,WED,THU,FRI,SAT,SUN").hasSizeLessThanOrEqualTo(40);
		assertThat(Schedule.stored(stored, null)).isEqualTo(everyDay);
		assertThat(Schedule.stored(null, 3)).isEqualTo(Schedule.timesAWeek(3));
	}

	@Test
	void readsDayCodesInAnyCaseOrANumberOfTimesAWeekButNotBoth() {
		assertThat(Schedule.of(List.of("Mon", "fri"), null))
			.isEqualTo(Schedule.onDays(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		assertThat(Schedule.of(null, 7)).isEqualTo(Schedule.timesAWeek(7));
		assertThatThrownBy(() -> Schedule.of(List.of("mon"), 3)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Schedule.of(null, null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Schedule.of(null, 0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Schedule.of(null, 8)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Schedule.of(List.of("someday"), null)).isInstanceOf(InvalidInputException.class);
	}

}
