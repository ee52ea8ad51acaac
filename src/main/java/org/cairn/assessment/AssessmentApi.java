package org.cairn.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cairn.consent.EncounterId;
import org.cairn.consent.ExamConsentJson;
import org.cairn.consent.ExamConsents;
import org.cairn.consent.VisitConsent;
import org.cairn.identity.Actor;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Encounters, their structured findings and SOAP notes. Findings need
 * {@code exam-findings} shared; internal findings also need the patient's consent at that
 * visit (422 without it, and nothing is stored).
 */
@RestController
class AssessmentApi {

	private final Encounters encounters;

	private final Notes notes;

	private final ExamConsents consents;

	private final Clock clock;

	AssessmentApi(Encounters encounters, Notes notes, ExamConsents consents, Clock clock) {
		this.encounters = encounters;
		this.notes = notes;
		this.consents = consents;
		this.clock = clock;
	}

	record OpenBody(@Nullable String type) {
	}

	@PostMapping("/api/v1/patients/{patientId}/encounters")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> open(@PathVariable String patientId, @RequestBody OpenBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		encounters.authorizeOpen(actor, patient);
		Encounter.VisitType type = Encounter.VisitType.fromCode(body.type())
			.orElseThrow(() -> InvalidInputException.field("type", "Say \"initial\" or \"follow-up\"."));
		Encounter encounter = encounters.open(actor, patient, type);
		return json(encounter, List.of(), consents.visit(patient, encounter.id()).orElse(null));
	}

	@GetMapping("/api/v1/patients/{patientId}/encounters")
	Map<String, Object> list(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		encounters.authorizeRead(actor, patient, "encounters");
		List<Encounter> all = encounters.all(patient);
		List<ChartedFinding> findings = encounters.findings(patient);
		Map<EncounterId, VisitConsent> visits = consents.visits(all.stream().map(Encounter::id).toList());
		List<Map<String, Object>> list = new ArrayList<>();
		for (Encounter e : all) {
			list.add(json(e, findings.stream().filter(f -> f.encounter().equals(e.id())).toList(), visits.get(e.id())));
		}
		return Map.of("encounters", list);
	}

	@GetMapping("/api/v1/patients/{patientId}/encounters/{encounterId}")
	Map<String, Object> one(@PathVariable String patientId, @PathVariable String encounterId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		EncounterId id = EncounterId.parse(encounterId);
		encounters.authorizeRead(actor, patient, "encounters");
		Encounter encounter = encounters.find(patient, id)
			.orElseThrow(() -> new NotFoundException("No record with this id."));
		return json(encounter, encounters.findings(patient).stream().filter(f -> f.encounter().equals(id)).toList(),
				consents.visit(patient, id).orElse(null));
	}

	record FindingBody(@Nullable String item, @Nullable String route, @Nullable String result, @Nullable Integer value,
			@Nullable List<Integer> points, @Nullable String detail) {
	}

	record FindingsBody(@Nullable List<FindingBody> findings) {
	}

	@PostMapping("/api/v1/patients/{patientId}/encounters/{encounterId}/findings")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> chart(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestBody FindingsBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		EncounterId id = EncounterId.parse(encounterId);
		encounters.authorizeCharting(actor, patient, id, "findings");
		List<ExamEntry.Raw> raw = null;
		if (body.findings() != null) {
			raw = new ArrayList<>();
			for (int i = 0; i < body.findings().size(); i++) {
				FindingBody f = body.findings().get(i);
				raw.add(f == null ? null : new ExamEntry.Raw("findings[" + i + "]", f.item(), f.route(), f.result(),
						f.value(), f.points(), f.detail()));
			}
		}
		List<ChartedFinding> charted = encounters.chart(actor, patient, id, raw);
		return Map.of("findings", charted.stream().map(AssessmentApi::finding).toList());
	}

	record VoidBody(@Nullable String reason) {
	}

	@PostMapping("/api/v1/patients/{patientId}/encounters/{encounterId}/void")
	Map<String, Object> voidEncounter(@PathVariable String patientId, @PathVariable String encounterId,
			@RequestBody VoidBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		EncounterId id = EncounterId.parse(encounterId);
		encounters.authorizeCharting(actor, patient, id, "encounters");
		encounters.voidEncounter(actor, patient, id, body.reason());
		return one(patientId, encounterId, actor);
	}

	@PostMapping("/api/v1/patients/{patientId}/findings/{findingId}/void")
	Map<String, Object> voidFinding(@PathVariable String patientId, @PathVariable String findingId,
			@RequestBody VoidBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		UUID id = EncounterId.parse(findingId).value();
		encounters.authorizeVoidFinding(actor, patient, id);
		encounters.voidFinding(actor, patient, id, body.reason());
		return Map.of("voided", id.toString());
	}

	record NoteBody(@Nullable String kind, @Nullable String subjective, @Nullable String objective,
			@Nullable String assessment, @Nullable String plan) {
	}

	@PostMapping("/api/v1/patients/{patientId}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> write(@PathVariable String patientId, @RequestBody NoteBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		NoteKind kind = Notes.kind(body.kind());
		notes.authorizeWrite(actor, patient, kind);
		Note.Soap soap = Note.Soap.of(body.subjective(), body.objective(), body.assessment(), body.plan());
		return note(notes.write(actor, patient, kind, soap));
	}

	@GetMapping("/api/v1/patients/{patientId}/notes")
	Map<String, Object> notes(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		return Map.of("notes", notes.visibleTo(actor, patient).stream().map(AssessmentApi::note).toList());
	}

	@PostMapping("/api/v1/patients/{patientId}/notes/{noteId}/void")
	Map<String, Object> voidNote(@PathVariable String patientId, @PathVariable String noteId,
			@RequestBody VoidBody body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		UUID id = EncounterId.parse(noteId).value();
		notes.authorizeVoid(actor, patient, id);
		notes.voidNote(actor, patient, id, body.reason());
		return Map.of("voided", id.toString());
	}

	private Map<String, Object> json(Encounter e, List<ChartedFinding> findings, @Nullable VisitConsent consent) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id().toString());
		json.put("type", e.type().code());
		json.put("clinicianId", e.clinician().toString());
		json.put("clinician", e.clinicianName());
		json.put("openedAt", e.openedAt().toString());
		json.put("visitDate", e.visitDate().toString());
		json.put("voided", voided(e.voided()));
		json.put("consent", consent == null ? null : ExamConsentJson.visit(consent, clock.instant()));
		json.put("findings", findings.stream().map(AssessmentApi::finding).toList());
		return json;
	}

	private static Map<String, Object> finding(ChartedFinding f) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", f.id().toString());
		json.put("encounterId", f.encounter().toString());
		json.put("item", f.entry().item().code());
		json.put("route", f.entry().route().code());
		json.put("result", f.entry().result());
		json.put("value", f.entry().value());
		json.put("points", f.entry().item().kind() == ExamItem.Kind.POINTS ? f.entry().points() : null);
		json.put("detail", f.entry().detail());
		json.put("codes",
				ExamForm.findings(f.entry(), f.recordedAt(), (key, args) -> "").stream().map(Finding::code).toList());
		json.put("recordedAt", f.recordedAt().toString());
		json.put("voided", voided(f.voided()));
		return json;
	}

	private static Map<String, Object> note(Note n) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", n.id().toString());
		json.put("kind", n.kind().code());
		json.put("author", n.authorName());
		json.put("authorId", n.author().toString());
		json.put("writtenAt", n.writtenAt().toString());
		json.put("subjective", n.soap().subjective());
		json.put("objective", n.soap().objective());
		json.put("assessment", n.soap().assessment());
		json.put("plan", n.soap().plan());
		json.put("voided", voided(n.voided()));
		return json;
	}

	private static @Nullable Map<String, Object> voided(@Nullable Voided v) {
		if (v == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("by", v.byName());
		json.put("at", v.at().toString());
		json.put("reason", v.reason());
		return json;
	}

}
