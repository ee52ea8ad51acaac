package org.cairn.identity;

import org.cairn.platform.AccountId;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person making a request. Controllers receive it as a parameter; the
 * access policy decides from it.
 *
 * @param patientId the record a patient account owns; null for every other role
 * @param practiceId the practice a clinician or admin belongs to; null for patients and
 * partners
 */
public record Actor(AccountId id, Role role, String displayName, @Nullable PatientId patientId,
		@Nullable PracticeId practiceId) implements java.io.Serializable {

	public boolean isPatient() {
		return role == Role.PATIENT && patientId != null;
	}

	public boolean owns(PatientId patient) {
		return isPatient() && patient.equals(patientId);
	}

	/**
	 * The record a patient account owns; anyone else is refused, as a page for another
	 * role would be.
	 */
	public PatientId ownRecord() {
		PatientId own = patientId;
		if (role != Role.PATIENT || own == null) {
			throw new ForbiddenException("This is for patients.");
		}
		return own;
	}

	public Actor requireRole(Role required) {
		if (role != required) {
			throw new ForbiddenException("This is for accounts with the role " + required.name().toLowerCase() + ".");
		}
		return this;
	}

}
