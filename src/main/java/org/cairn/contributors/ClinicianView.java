package org.cairn.contributors;

import java.util.Arrays;
import java.util.Optional;

/** What a clinician said about a derived domain, always with a reason. */
public enum ClinicianView {

	/** The clinician agrees the area is worth exploring: counts as likely. */
	CONFIRMED("confirmed", DomainStatus.LIKELY),
	/** The clinician judged it not to be contributing: counts as not indicated. */
	SET_ASIDE("set-aside", DomainStatus.NOT_INDICATED);

	private final String code;

	private final DomainStatus effect;

	ClinicianView(String code, DomainStatus effect) {
		this.code = code;
		this.effect = effect;
	}

	public String code() {
		return code;
	}

	DomainStatus effect() {
		return effect;
	}

	static Optional<ClinicianView> fromCode(String code) {
		return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
	}

}
