package org.cairn.contributors;

/** How strongly the evidence points at a domain (CLINICAL.md section 3). */
public enum DomainStatus {

	/** Two or more indicators, a confirmed diagnosis, or a clinician's finding. */
	LIKELY("likely"),
	/** One indicator. */
	POSSIBLE("possible"),
	/** Asked, nothing found. */
	NOT_INDICATED("not-indicated"),
	/** Not asked, or the patient chose not to answer. */
	UNKNOWN("unknown");

	private final String code;

	DomainStatus(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Whether the domain is worth addressing in the plan: likely or possible. */
	public boolean indicated() {
		return this == LIKELY || this == POSSIBLE;
	}

}
