package org.cairn.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Examination preferences (read by the whole team, changed by the patient) and the
 * consent and course of each visit's examination.
 */
@RestController
class ExamConsentApi {

	private final AccessPolicy policy;

	private final ExamPreferenceRecords preferences;

	private final ExamConsents consents;

	private final Clock clock;

	ExamConsentApi(AccessPolicy policy, ExamPreferenceRecords preferences, ExamConsents consents, Clock clock) {
		this.policy = policy;
		this.preferences = preferences;
		this.consents = consents;
		this.clock = clock;
	}

	@GetMapping("/api/v1/patients/{patientId}/exam-preferences")
	Map<String, Object> preferences(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "exam-preferences");
		return ExamConsentJson.preferences(preferences.current(patient));
	}

	@GetMapping("/api/v1/patients/{patientId}/exam-preferences/history")
	Map<String, Object> history(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "exam-preferences");
		return Map.of("versions", preferences.history(patient).stream().map(ExamConsentJson::preferences).toList());
	}

	record PreferencesBody(@Nullable List<String> acceptable, @Nullable String supportPerson,
			@Nullable Boolean chaperone, @Nullable String position, @Nullable String clothing,
			@Nullable String stopSignal, @Nullable Boolean observersAllowed, @Nullable String copingPlan) {
	}

	@PutMapping("/api/v1/patients/{patientId}/exam-preferences")
	Map<String, Object> change(@PathVariable String patientId, @RequestBody PreferencesBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.requireOwner(actor, patient, Action.WRITE, "exam-preferences");
		ExamPreferences.Draft draft = new ExamPreferences.Draft(
				body.acceptable() == null ? null : procedures(body.acceptable()), body.supportPerson(),
				body.chaperone(), body.position(), body.clothing(), body.stopSignal(), body.observersAllowed(),
				body.copingPlan());
		return ExamConsentJson.preferences(preferences.save(actor, patient, draft));
	}

	@GetMapping("/api/v1/patients/{patientId}/encounters/{encounterId}/consent")
	Map<String, Object> consent(@PathVariable String patientId, @PathVariable String encounterId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		VisitConsent visit = consents.authorizeRead(actor, patient, EncounterId.parse(encounterId));
		return ExamConsentJson.visit(visit, clock.instant());
	}

	record DecisionBody(@Nullable String procedure, @Nullable String decision, @Nullable String note) {
	}

	@PostMapping("/api/v1/patients/{patientId}/encounters/{encounterId}/consent")
	Map<String, Object> decide(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestBody DecisionBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		EncounterId encounter = EncounterId.parse(encounterId);
		consents.authorizeWrite(actor, patient, encounter);
		ExamProcedure procedure = procedure(body.procedure());
		boolean give = decision(body.decision());
		return ExamConsentJson.visit(consents.decide(actor, patient, encounter, procedure, give, body.note()),
				clock.instant());
	}

	record CourseBody(@Nullable String kind, @Nullable String note) {
	}

	@PostMapping("/api/v1/patients/{patientId}/encounters/{encounterId}/events")
	Map<String, Object> course(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestBody CourseBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		EncounterId encounter = EncounterId.parse(encounterId);
		consents.authorizeWrite(actor, patient, encounter);
		return ExamConsentJson.visit(consents.recordCourse(actor, patient, encounter, course(body.kind()), body.note()),
				clock.instant());
	}

	static ExamProcedure procedure(@Nullable String code) {
		return ExamProcedure.fromCode(code == null ? "" : code)
			.orElseThrow(
					() -> InvalidInputException.field("procedure", "Say \"internal-single-digit\" or \"speculum\"."));
	}

	static boolean decision(@Nullable String code) {
		if ("give".equals(code)) {
			return true;
		}
		if ("withdraw".equals(code)) {
			return false;
		}
		throw InvalidInputException.field("decision", "Say \"give\" or \"withdraw\".");
	}

	static ExamEvent.Kind course(@Nullable String code) {
		return switch (code == null ? "" : code) {
			case "pause" -> ExamEvent.Kind.PAUSED;
			case "resume" -> ExamEvent.Kind.RESUMED;
			case "stop" -> ExamEvent.Kind.STOPPED;
			default -> throw InvalidInputException.field("kind", "Say \"pause\", \"resume\" or \"stop\".");
		};
	}

	static Set<ExamProcedure> procedures(List<String> codes) {
		Set<ExamProcedure> found = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : codes) {
			ExamProcedure.fromCode(code == null ? "" : code).ifPresentOrElse(found::add, () -> unknown.add(code));
		}
		if (!unknown.isEmpty()) {
			throw InvalidInputException.field("acceptable", "Unknown examination " + unknown
					+ "; use \"external\", \"internal-single-digit\" or \"speculum\".");
		}
		return found;
	}

}
