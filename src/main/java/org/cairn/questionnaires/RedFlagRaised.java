package org.cairn.questionnaires;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * A patient's answers raised red flags. Published inside the transaction that stores the
 * response, so a listener's alert commits with it (or, when the response is refused, in a
 * transaction of its own: the refusal must not lose the alert).
 *
 * @param responseId the stored response; null when the response was refused and nothing
 * was stored
 */
public record RedFlagRaised(PatientId patient, @Nullable UUID responseId, String instrument, List<RaisedFlag> flags,
		Instant raisedAt) {

	public RedFlagRaised {
		flags = List.copyOf(flags);
	}

}
