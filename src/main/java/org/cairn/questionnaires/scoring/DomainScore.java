package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One domain or subscale of a score. When {@code noActivity} is true every item of the
 * domain was answered "no activity" (FSFI 0): the value is the published one (often 0)
 * but it records that nothing was attempted, and must be shown as such, never as the
 * worst score. On the FSFI pain domain a low value otherwise means more pain, so this
 * difference matters.
 */
public record DomainScore(BigDecimal value, boolean noActivity) {

	public DomainScore {
		Objects.requireNonNull(value, "value");
	}

}
