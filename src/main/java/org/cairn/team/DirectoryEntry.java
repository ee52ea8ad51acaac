package org.cairn.team;

/** A clinician as the directory lists them. */
public record DirectoryEntry(ClinicianProfile profile, String displayName, String practice) {
}
