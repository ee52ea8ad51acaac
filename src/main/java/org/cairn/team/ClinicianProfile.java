package org.cairn.team;

import java.util.List;

import org.cairn.platform.AccountId;

/** A clinician's directory entry. */
public record ClinicianProfile(AccountId id, Discipline discipline, boolean sexualHealthTraining,
		boolean externalOnlyCare, boolean telehealth, boolean acceptingNewPatients, List<String> languages) {
}
