package org.cairn.questionnaires.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The scored result of one response, and why.
 * <ul>
 * <li>{@code total}: null when the instrument's rule cannot give one (items missing, or
 * several activities rated on {@code nrs-pain}).</li>
 * <li>{@code domains}: domain or subscale scores in the instrument's order, keyed by
 * their published codes (FSFI {@code desire} … {@code pain}; PCL-5 {@code B} … {@code E};
 * PFDI-20 {@code POPDI6}, {@code CRADI8}, {@code UDI6}; {@code nrs-pain} by activity). A
 * domain that could not be scored is absent, and the explanation says why.</li>
 * <li>{@code band}: null when the instrument has no bands or there is no total.</li>
 * <li>{@code flags}: urgent red flags first; raised even on an incomplete response.</li>
 * <li>{@code explanation}: plain-language lines showing how each number was reached.</li>
 * </ul>
 */
public record Score(String instrument, @Nullable BigDecimal total, Map<String, DomainScore> domains,
		@Nullable Band band, List<Flag> flags, Completeness completeness, List<String> explanation) {

	public Score {
		Objects.requireNonNull(instrument, "instrument");
		Objects.requireNonNull(completeness, "completeness");
		domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
		flags = List.copyOf(flags);
		explanation = List.copyOf(explanation);
	}

	/** Whether any flag needs the team today (CLINICAL.md section 4). */
	public boolean urgent() {
		return flags.stream().anyMatch(Flag::urgent);
	}

	public boolean hasFlag(String code) {
		return flags.stream().anyMatch(f -> f.code().equals(code));
	}

}
