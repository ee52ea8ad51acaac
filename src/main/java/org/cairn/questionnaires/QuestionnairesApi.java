package org.cairn.questionnaires;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.cairn.consent.AccessPolicy;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.platform.ProblemJson;
import org.cairn.questionnaires.scoring.DomainScore;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Instruments and responses. The body of a response is read before the access policy,
 * because the instrument it answers decides the data category; nothing is stored until
 * the policy has allowed it.
 */
@RestController
class QuestionnairesApi {

	static final String FHIR_JSON = "application/fhir+json";

	private final Definitions definitions;

	private final ResponseReader reader;

	private final Responses responses;

	private final AccessPolicy policy;

	private final SafetyNotice safety;

	private final ProblemJson problems;

	private final MessageSource messages;

	private final InstrumentDirectory directory;

	QuestionnairesApi(Definitions definitions, ResponseReader reader, Responses responses, AccessPolicy policy,
			SafetyNotice safety, ProblemJson problems, MessageSource messages, InstrumentDirectory directory) {
		this.directory = directory;
		this.definitions = definitions;
		this.reader = reader;
		this.responses = responses;
		this.policy = policy;
		this.safety = safety;
		this.problems = problems;
		this.messages = messages;
	}

	/** Definitions carry no patient data: any signed-in person may read them. */
	@GetMapping("/api/v1/instruments")
	List<Map<String, Object>> instruments(Actor actor) {
		return definitions.allLatest().stream().map(d -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("code", d.code());
			json.put("version", d.version());
			json.put("title", d.title());
			json.put("items", d.answerableItems());
			return json;
		}).toList();
	}

	@GetMapping(path = "/api/v1/instruments/{code}", produces = { FHIR_JSON, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> instrument(@PathVariable String code, Actor actor) {
		Definition definition = (directory.contains(code) ? definitions.latestJson(code)
				: java.util.Optional.<Definition>empty())
			.orElseThrow(() -> new NotFoundException("There is no instrument '" + code + "'."));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(FHIR_JSON)).body(definition.json());
	}

	@PostMapping(path = "/api/v1/patients/{patientId}/responses",
			consumes = { MediaType.APPLICATION_JSON_VALUE, FHIR_JSON })
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> submit(@PathVariable String patientId, @RequestBody String body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		ResponseReader.Submission submission = reader.read(body);
		Catalog.Entry entry = directory.entry(submission.instrument()).orElseThrow();
		policy.write(actor, patient, entry.category(), "responses/" + submission.instrument());
		switch (entry.answeredBy()) {
			case PATIENT -> {
				if (!actor.owns(patient)) {
					throw new ForbiddenException("Only the patient answers this questionnaire, for themselves.");
				}
			}
			case CLINICIAN -> {
				if (actor.role() != Role.CLINICIAN) {
					throw new ForbiddenException("This is rated by a clinician on the care team.");
				}
			}
		}
		Responses.Recorded recorded = responses.record(patient, actor, submission);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", recorded.id().toString());
		json.put("instrument", recorded.instrument());
		json.put("version", recorded.version());
		json.put("authored", recorded.authored().toString());
		Map<String, Object> scores = new LinkedHashMap<>();
		scores.put("total", recorded.score() == null ? null : recorded.score().total());
		scores.put("domains", recorded.score() == null ? Map.of() : values(recorded.score().domains()));
		json.put("scores", scores);
		json.put("band",
				recorded.score() == null || recorded.score().band() == null ? null : recorded.score().band().code());
		json.put("noActivity", recorded.score() == null ? List.of() : noActivity(recorded.score().domains()));
		json.put("flags", flags(recorded));
		if (!recorded.redFlags().isEmpty()) {
			json.put("safety", safety.forPatient(patient, recorded.redFlags()));
		}
		return json;
	}

	@GetMapping("/api/v1/patients/{patientId}/scores")
	List<Map<String, Object>> scores(@PathVariable String patientId, @RequestParam String instrument, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		Catalog.Entry entry = directory.entry(instrument)
			.orElseThrow(
					() -> InvalidInputException.field("instrument", "There is no instrument '" + instrument + "'."));
		policy.read(actor, patient, entry.category(), "scores/" + instrument);
		return responses.scores(patient, instrument).stream().map(score -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("responseId", score.responseId().toString());
			json.put("authored", score.authored().toString());
			json.put("total", plain(score.total()));
			json.put("domains", values(score.domains()));
			json.put("band", score.band());
			json.put("noActivity", noActivity(score.domains()));
			return json;
		}).toList();
	}

	/**
	 * A refused response answers 422 naming the items; when its valid answers raised a
	 * red flag, the body also carries the safety message, because the patient gave that
	 * answer whatever else failed.
	 */
	@ExceptionHandler(RefusedResponse.class)
	ResponseEntity<Map<String, Object>> refused(RefusedResponse ex, HttpServletRequest request) {
		String detail = ex.redFlags().isEmpty() ? ex.getMessage()
				: messages.getMessage("safety.refused.detail", null, LocaleContextHolder.getLocale()) + " "
						+ ex.getMessage();
		Map<String, Object> body = problems.body(HttpStatus.UNPROCESSABLE_CONTENT, detail, request.getRequestURI(),
				ex.fieldErrors());
		if (!ex.redFlags().isEmpty()) {
			body.put("safety", safety.forPatient(ex.patient(), ex.redFlags()));
		}
		return ResponseEntity.unprocessableContent()
			.contentType(MediaType.parseMediaType(ProblemJson.MEDIA_TYPE))
			.body(body);
	}

	private static Map<String, BigDecimal> values(Map<String, DomainScore> domains) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		domains.forEach((code, domain) -> values.put(code, domain.value()));
		return values;
	}

	private static List<String> noActivity(Map<String, DomainScore> domains) {
		return domains.entrySet().stream().filter(e -> e.getValue().noActivity()).map(Map.Entry::getKey).toList();
	}

	private static List<Map<String, Object>> flags(Responses.Recorded recorded) {
		Map<String, Map<String, Object>> flags = new LinkedHashMap<>();
		for (RaisedFlag flag : recorded.redFlags()) {
			flags.put(flag.code(), Map.of("code", flag.code(), "urgent", flag.urgent()));
		}
		recorded.flags().forEach(f -> flags.putIfAbsent(f.code(), Map.of("code", f.code(), "urgent", f.urgent())));
		return List.copyOf(flags.values());
	}

	/** 24.50 from the database as 24.5, and 10.00 as 10 (not 1E+1). */
	static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
