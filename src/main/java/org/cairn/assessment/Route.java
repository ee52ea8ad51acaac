package org.cairn.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a finding was examined: from the outside, or internally (vaginally). Internal
 * findings need the patient's consent at that visit.
 */
enum Route {

	EXTERNAL("external"), INTERNAL("internal");

	private final String code;

	Route(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	static Optional<Route> fromCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
	}

}
