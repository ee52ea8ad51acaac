package org.cairn.consent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Examination preferences and visit consent as the API shows them, the same wherever they
 * appear (their own resources, or inside an encounter).
 */
public final class ExamConsentJson {

	private ExamConsentJson() {
	}

	public static Map<String, Object> preferences(ExamPreferences p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("version", p.version());
		json.put("acceptable", p.acceptable().stream().sorted().map(ExamProcedure::code).toList());
		json.put("externalOnly", p.externalOnly());
		json.put("supportPerson", p.supportPerson());
		json.put("chaperone", p.chaperone());
		json.put("position", p.position());
		json.put("clothing", p.clothing());
		json.put("stopSignal", p.stopSignal());
		json.put("observersAllowed", p.observersAllowed());
		json.put("copingPlan", p.copingPlan());
		json.put("recordedAt", p.recordedAt() == null ? null : p.recordedAt().toString());
		return json;
	}

	public static Map<String, Object> visit(VisitConsent visit, Instant now) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("encounterId", visit.encounter().toString());
		json.put("open", visit.openAt(now));
		json.put("openUntil", visit.openUntil().toString());
		Map<String, Object> consent = new LinkedHashMap<>();
		for (ExamProcedure procedure : List.of(ExamProcedure.INTERNAL_SINGLE_DIGIT, ExamProcedure.SPECULUM)) {
			consent.put(procedure.code(),
					visit.lastDecision(procedure)
						.map(e -> e.kind() == ExamEvent.Kind.GIVEN ? "given" : "withdrawn")
						.orElse("not-given"));
		}
		json.put("consent", consent);
		json.put("mayChartInternalFindings", visit.mayChartInternalFindings());
		json.put("course", visit.course().name().toLowerCase().replace('_', '-'));
		json.put("events", visit.events().stream().map(ExamConsentJson::event).toList());
		return json;
	}

	private static Map<String, Object> event(ExamEvent e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", e.kind().code());
		json.put("procedure", e.procedure() == null ? null : e.procedure().code());
		json.put("recordedBy", e.byPatient() ? "patient" : "clinician");
		json.put("name", e.actorName());
		json.put("note", e.note());
		json.put("at", e.at().toString());
		return json;
	}

}
