package org.cairn.patients;

import java.util.Optional;

import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One line of the chart header that stays in view on every tab: the pain profile, the
 * examination preferences and today's consent. Contributed by the module that owns the
 * fact, which decides through the access policy whether this clinician may see it.
 */
public interface ChartFact {

	/** Lower first. */
	int order();

	/** The line for this clinician, or empty when there is nothing to show or to see. */
	Optional<Line> line(Actor clinician, PatientId patient);

	/**
	 * @param labelKey message key of the short label, such as {@code chart.fact.pain}
	 * @param text the fact itself, already in the clinician's words
	 * @param href where the fact's detail lives, or null
	 */
	record Line(String labelKey, String text, @Nullable String href) {
	}

}
