package org.cairn.assessment;

import java.util.Arrays;
import java.util.Optional;

import org.cairn.consent.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a note is, which decides who reads it. Exam findings and clinical notes follow the
 * patient's sharing grants. Process notes, a sex therapist's or mental health clinician's
 * working notes about the therapy itself, are the author's alone, like psychotherapy
 * notes under HIPAA: not shown to other clinicians, not exported, and not shown to the
 * patient (what matters for care belongs in a clinical note, which the patient reads).
 */
enum NoteKind {

	EXAM_FINDINGS("exam-findings", DataCategory.EXAM_FINDINGS),
	CLINICAL_NOTES("clinical-notes", DataCategory.CLINICAL_NOTES), PROCESS("process", null);

	private final String code;

	private final @Nullable DataCategory category;

	NoteKind(String code, @Nullable DataCategory category) {
		this.code = code;
		this.category = category;
	}

	public String code() {
		return code;
	}

	/** The sharing category it follows; null for process notes. */
	@Nullable DataCategory category() {
		return category;
	}

	static Optional<NoteKind> fromCode(@Nullable String code) {
		return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
	}

}
