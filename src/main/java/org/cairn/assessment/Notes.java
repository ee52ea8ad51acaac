package org.cairn.assessment;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.team.CareTeam;
import org.cairn.team.Discipline;
import org.cairn.team.TeamMember;
import org.cairn.team.TeamStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free-text SOAP notes. Who reads a note follows its kind ({@link NoteKind}): the
 * patient's grants for exam findings and clinical notes; the author alone for process
 * notes, which only sex therapists and mental health clinicians write.
 */
@Service
class Notes {

	/** The disciplines whose working notes are process notes (psychotherapy notes). */
	static final Set<Discipline> PROCESS_NOTE_DISCIPLINES = EnumSet.of(Discipline.SEX_THERAPY,
			Discipline.MENTAL_HEALTH);

	private final JdbcAssessment jdbc;

	private final AccessPolicy policy;

	private final CareTeam team;

	private final Clock clock;

	Notes(JdbcAssessment jdbc, AccessPolicy policy, CareTeam team, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.team = team;
		this.clock = clock;
	}

	static NoteKind kind(String code) {
		return NoteKind.fromCode(code)
			.orElseThrow(() -> InvalidInputException.field("kind",
					"Say \"exam-findings\", \"clinical-notes\" or \"process\"."));
	}

	/**
	 * The access check for writing a note of this kind (audited): a clinician with the
	 * kind's category shared; for a process note, a member of the team whose discipline
	 * keeps process notes.
	 */
	void authorizeWrite(Actor actor, PatientId patient, NoteKind kind) {
		actor.requireRole(Role.CLINICIAN);
		if (kind == NoteKind.PROCESS) {
			policy.write(actor, patient, DataCategory.CORE, "notes/process");
			if (!writesProcessNotes(actor, patient)) {
				throw new ForbiddenException("Process notes are kept by sex therapists and mental health clinicians.");
			}
			return;
		}
		policy.write(actor, patient, kind.category(), "notes");
	}

	boolean writesProcessNotes(Actor actor, PatientId patient) {
		return team.members(patient)
			.stream()
			.filter(m -> m.clinicianId().equals(actor.id()) && m.status() == TeamStatus.ACTIVE)
			.map(TeamMember::discipline)
			.anyMatch(PROCESS_NOTE_DISCIPLINES::contains);
	}

	@Transactional
	Note write(Actor author, PatientId patient, NoteKind kind, Note.Soap soap) {
		Note note = new Note(UUID.randomUUID(), patient, author.id(), author.displayName(), kind, soap, clock.instant(),
				null);
		jdbc.insertNote(note);
		return note;
	}

	/**
	 * The notes this reader may see, newest first, auditing a read of each category they
	 * see. The patient sees exam-findings and clinical notes; a clinician the categories
	 * shared with them and their own process notes. Answers 404 to anyone else.
	 */
	List<Note> visibleTo(Actor reader, PatientId patient) {
		policy.read(reader, patient, DataCategory.CORE, "notes");
		Set<NoteKind> kinds = EnumSet.noneOf(NoteKind.class);
		for (NoteKind kind : List.of(NoteKind.EXAM_FINDINGS, NoteKind.CLINICAL_NOTES)) {
			if (policy.permits(reader, patient, kind.category())) {
				policy.read(reader, patient, kind.category(), "notes");
				kinds.add(kind);
			}
		}
		boolean ownProcess = reader.role() == Role.CLINICIAN;
		return jdbc.notes(patient, kinds, ownProcess ? reader.id() : null);
	}

	/** The access check for voiding a note: its author, who can still see it. */
	Note authorizeVoid(Actor actor, PatientId patient, UUID noteId) {
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.CORE, "notes");
		// A note the caller may not read is answered like one that does not exist.
		Note note = jdbc.note(patient, noteId)
			.filter(n -> n.author().equals(actor.id())
					|| (n.kind() != NoteKind.PROCESS && policy.permits(actor, patient, n.kind().category())))
			.orElseThrow(() -> new NotFoundException("No record with this id."));
		if (!note.author().equals(actor.id())) {
			throw new ForbiddenException("Only the author of a note can void it.");
		}
		return note;
	}

	@Transactional
	void voidNote(Actor author, PatientId patient, UUID noteId, String reason) {
		String why = Voided.reason(reason);
		if (!jdbc.voidNote(noteId, author.id(), clock.instant(), why)) {
			throw InvalidInputException.field("note", "This note is already voided.");
		}
	}

}
