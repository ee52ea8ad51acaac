package org.cairn.consent;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The examination preferences the patient keeps and every clinician sees before an
 * examination (CLINICAL.md section 8). Each save is a new version; version 0 is the
 * default of a patient who has not written any: external examination only, no observers.
 *
 * @param acceptable the examinations the patient finds acceptable; always includes
 * {@link ExamProcedure#EXTERNAL}
 * @param supportPerson who the patient would like with them, in their words
 * @param chaperone whether the patient would like a chaperone in the room
 * @param stopSignal the agreed stop word or signal
 * @param observersAllowed whether students or observers may be present
 * @param copingPlan what helps the patient if they get overwhelmed
 */
public record ExamPreferences(int version, Set<ExamProcedure> acceptable, @Nullable String supportPerson,
		boolean chaperone, @Nullable String position, @Nullable String clothing, @Nullable String stopSignal,
		boolean observersAllowed, @Nullable String copingPlan, @Nullable Instant recordedAt) {

	static final int MAX_SUPPORT = 200;

	static final int MAX_POSITION = 300;

	static final int MAX_CLOTHING = 300;

	static final int MAX_STOP = 100;

	static final int MAX_COPING = 1000;

	public ExamPreferences {
		EnumSet<ExamProcedure> all = EnumSet.of(ExamProcedure.EXTERNAL);
		all.addAll(acceptable);
		acceptable = Set.copyOf(all);
	}

	/** What a patient who has written no preferences gets: the safest reading. */
	public static final ExamPreferences DEFAULT = new ExamPreferences(0, Set.of(ExamProcedure.EXTERNAL), null, false,
			null, null, null, false, null, null);

	public boolean recorded() {
		return version > 0;
	}

	public boolean accepts(ExamProcedure procedure) {
		return acceptable.contains(procedure);
	}

	/** The acceptable examinations' codes, external first. */
	public java.util.List<String> acceptableCodes() {
		return acceptable.stream().sorted().map(ExamProcedure::code).toList();
	}

	public boolean externalOnly() {
		return acceptable.stream().noneMatch(ExamProcedure::internal);
	}

	/**
	 * A patient's new preferences, checked as a whole: every problem is named and nothing
	 * is kept if any field is wrong.
	 */
	public record Draft(@Nullable Set<ExamProcedure> acceptable, @Nullable String supportPerson,
			@Nullable Boolean chaperone, @Nullable String position, @Nullable String clothing,
			@Nullable String stopSignal, @Nullable Boolean observersAllowed, @Nullable String copingPlan) {

		ExamPreferences validated(int version, Instant at) {
			Map<String, String> errors = new LinkedHashMap<>();
			if (acceptable == null) {
				errors.put("acceptable",
						"Say which examinations are acceptable: a list of \"internal-single-digit\" and \"speculum\", or an empty list for external only.");
			}
			if (chaperone == null) {
				errors.put("chaperone", "Say true or false.");
			}
			if (observersAllowed == null) {
				errors.put("observersAllowed", "Say true or false.");
			}
			String support = text("supportPerson", supportPerson, MAX_SUPPORT, errors);
			String pos = text("position", position, MAX_POSITION, errors);
			String clothes = text("clothing", clothing, MAX_CLOTHING, errors);
			String stop = text("stopSignal", stopSignal, MAX_STOP, errors);
			String coping = text("copingPlan", copingPlan, MAX_COPING, errors);
			if (!errors.isEmpty()) {
				throw new InvalidInputException("Some examination preferences need attention.", errors);
			}
			return new ExamPreferences(version, acceptable, support, chaperone, pos, clothes, stop, observersAllowed,
					coping, at);
		}

		private static @Nullable String text(String field, @Nullable String value, int max,
				Map<String, String> errors) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String stripped = value.strip();
			if (stripped.length() > max) {
				errors.put(field, "Keep this to at most " + max + " characters.");
			}
			return stripped;
		}

	}

}
