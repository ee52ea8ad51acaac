package org.cairn.questionnaires.scoring;

/**
 * LOINC codes for the instruments that have them (CLINICAL.md section 5), kept here so
 * the FHIR mapping uses the same codes as scoring. The other instruments use Cairn's own
 * code system.
 */
public final class Loinc {

	public static final String SYSTEM = "http://loinc.org";

	public static final String PHQ9_PANEL = "44249-1";

	public static final String PHQ9_TOTAL = "44261-6";

	public static final String GAD7_PANEL = "69737-5";

	public static final String GAD7_TOTAL = "70274-6";

	/** Pain severity on a 0–10 numeric rating scale, for {@code nrs-pain}. */
	public static final String PAIN_SEVERITY_0_10 = "72514-3";

	private Loinc() {
	}

}
