package org.cairn.contributors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The ISSVD-style pain descriptors (CLINICAL.md section 3), as codes; null where the
 * intake does not tell.
 */
public record PainProfile(@Nullable String location, @Nullable String provocation, @Nullable String onset,
		@Nullable String temporalPattern, List<String> qualities, List<String> activities) {

	public static PainProfile empty() {
		return new PainProfile(null, null, null, null, List.of(), List.of());
	}

	public boolean isEmpty() {
		return location == null && provocation == null && onset == null && temporalPattern == null
				&& qualities.isEmpty() && activities.isEmpty();
	}

}
