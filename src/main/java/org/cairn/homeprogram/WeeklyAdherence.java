package org.cairn.homeprogram;

import java.time.LocalDate;

/** Home-program adherence of one week (Monday start, the patient's dates): done ÷ due. */
public record WeeklyAdherence(LocalDate weekStart, int done, int due) {

	/** Null when nothing was due that week. */
	public Double ratio() {
		return due == 0 ? null : Math.min(1.0, (double) done / due);
	}

}
