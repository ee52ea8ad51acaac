package org.cairn.team;

/**
 * Where a clinician stands on one patient's team. Rows are never deleted, so history
 * stays.
 */
public enum TeamStatus {

	/** A team member suggested them; the patient has not answered. */
	INVITED, ACTIVE,
	/** The patient said no to the invitation. */
	DECLINED,
	/** Was on the team; the patient or the clinician ended it. */
	ENDED

}
