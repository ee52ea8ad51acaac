package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cairn.questionnaires.scoring.DomainScore;
import org.jspecify.annotations.Nullable;

/**
 * One stored score of an instrument, as other modules read it (progress, referrals): the
 * total when the response was complete enough for one, the band code, and the domain
 * scores as the engine keys them (an FSFI domain of all zeros is marked "no activity").
 */
public record ScorePoint(UUID responseId, String instrument, Instant authored, @Nullable BigDecimal total,
		@Nullable String band, Map<String, DomainScore> domains) {

	public ScorePoint {
		domains = Map.copyOf(domains);
	}

}
