package org.cairn.contributors;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cairn.team.Discipline;

/**
 * The twelve contributor domains of CLINICAL.md section 3, with the disciplines that
 * could help.
 */
public enum ContributorDomain {

	PELVIC_FLOOR_MUSCLE("pelvic-floor-muscle", Discipline.PELVIC_FLOOR_PT),
	NERVOUS_SYSTEM_SENSITIZATION("nervous-system-sensitization", Discipline.PELVIC_FLOOR_PT, Discipline.PAIN_MEDICINE,
			Discipline.SEX_THERAPY),
	BLADDER("bladder", Discipline.UROLOGY, Discipline.PELVIC_FLOOR_PT),
	BOWEL("bowel", Discipline.GASTROENTEROLOGY, Discipline.PELVIC_FLOOR_PT),
	HORMONAL("hormonal", Discipline.GYNECOLOGY), GYNECOLOGIC_CONDITION("gynecologic-condition", Discipline.GYNECOLOGY),
	POSTPARTUM_RECOVERY("postpartum-recovery", Discipline.PELVIC_FLOOR_PT, Discipline.GYNECOLOGY),
	MOVEMENT_AND_POSTURE("movement-and-posture", Discipline.PELVIC_FLOOR_PT),
	STRESS_AND_MOOD("stress-and-mood", Discipline.MENTAL_HEALTH, Discipline.SEX_THERAPY),
	FEAR_AND_AVOIDANCE("fear-and-avoidance", Discipline.SEX_THERAPY, Discipline.PELVIC_FLOOR_PT),
	TRAUMA("trauma", Discipline.SEX_THERAPY, Discipline.MENTAL_HEALTH),
	RELATIONSHIP_AND_INTIMACY("relationship-and-intimacy", Discipline.SEX_THERAPY);

	private final String code;

	private final List<Discipline> disciplines;

	ContributorDomain(String code, Discipline... disciplines) {
		this.code = code;
		this.disciplines = List.of(disciplines);
	}

	public String code() {
		return code;
	}

	/** The disciplines that could help, most usual first. */
	public List<Discipline> disciplines() {
		return disciplines;
	}

	public static Optional<ContributorDomain> fromCode(String code) {
		return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
	}

}
