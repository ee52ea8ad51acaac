package org.cairn.identity;

public enum Role {

	PATIENT, CLINICIAN, PRACTICE_ADMIN, PARTNER

}
