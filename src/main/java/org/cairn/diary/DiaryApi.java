package org.cairn.diary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.platform.ForbiddenException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.cairn.platform.ProblemJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The diary as JSON. Only the patient writes their diary; team members read it while the
 * patient shares {@code diary} with them (shared by default when they join).
 */
@RestController
class DiaryApi {

	private final DiaryEntries entries;

	private final AccessPolicy policy;

	private final DiarySafety safety;

	private final ProblemJson problems;

	DiaryApi(DiaryEntries entries, AccessPolicy policy, DiarySafety safety, ProblemJson problems) {
		this.entries = entries;
		this.policy = policy;
		this.safety = safety;
		this.problems = problems;
	}

	/**
	 * 201 for a new entry; 200 with the same entry for a replay of its client id; 409 for
	 * the same client id with other values; 422 naming each field at fault.
	 */
	@PostMapping(path = "/api/v1/patients/{patientId}/diary", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> record(@PathVariable String patientId, @RequestBody JsonNode body,
			Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.write(actor, patient, DataCategory.DIARY, "diary");
		if (!actor.owns(patient)) {
			throw new ForbiddenException("Only the patient writes in their diary.");
		}
		DiaryEntries.Recorded recorded = entries.record(actor, patient,
				EntryInput.fromJson(body, entries.today(patient)));
		Map<String, Object> json = entry(recorded.stored());
		if (!recorded.redFlags().isEmpty()) {
			json.put("safety", safety.notice(patient));
		}
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(json);
	}

	/**
	 * The days from {@code from} to {@code to} (both included; by default the last four
	 * weeks up to the patient's today), oldest first.
	 */
	@GetMapping("/api/v1/patients/{patientId}/diary")
	List<Map<String, Object>> list(@PathVariable String patientId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.DIARY, "diary");
		LocalDate today = entries.today(patient);
		Range range = Range.of(from, to, today);
		return entries.days(patient, range.from(), range.to()).stream().map(DiaryApi::day).toList();
	}

	/** A checked range of dates, both ends included. */
	record Range(LocalDate from, LocalDate to) {

		static Range of(@Nullable String fromText, @Nullable String toText, LocalDate today) {
			Map<String, String> problems = new LinkedHashMap<>();
			LocalDate to = date("to", toText, today, problems);
			LocalDate from = date("from", fromText, to == null ? today.minusDays(27) : to.minusDays(27), problems);
			if (from != null && to != null) {
				if (from.isAfter(to)) {
					problems.put("from", "The range starts after it ends: " + from + " is after " + to + ".");
				}
				else if (ChronoUnit.DAYS.between(from, to) + 1 > DiaryCodes.MAX_RANGE_DAYS) {
					problems.put("to", "Ask for at most " + DiaryCodes.MAX_RANGE_DAYS + " days at a time.");
				}
			}
			if (!problems.isEmpty() || from == null || to == null) {
				throw new InvalidInputException(String.join("; ", problems.values()), problems);
			}
			return new Range(from, to);
		}

		private static @Nullable LocalDate date(String name, @Nullable String text, LocalDate fallback,
				Map<String, String> problems) {
			if (text == null || text.isBlank()) {
				return fallback;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				problems.put(name, "Give " + name + " as YYYY-MM-DD.");
				return null;
			}
		}

	}

	@ExceptionHandler(RefusedEntry.class)
	ResponseEntity<Map<String, Object>> refused(RefusedEntry ex, HttpServletRequest request) {
		Map<String, Object> body = problems.body(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(),
				request.getRequestURI(), ex.fieldErrors());
		if (!ex.redFlags().isEmpty()) {
			body.put("safety", safety.notice(ex.patient()));
		}
		return ResponseEntity.unprocessableContent()
			.contentType(MediaType.parseMediaType(ProblemJson.MEDIA_TYPE))
			.body(body);
	}

	static Map<String, Object> entry(StoredEntry stored) {
		DiaryEntry e = stored.entry();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", stored.id().toString());
		json.put("clientId", stored.clientId());
		json.put("date", e.date().toString());
		json.put("writtenAt", stored.writtenAt().toString());
		json.put("recordedAt", stored.recordedAt().toString());
		values(e, json);
		json.put("attempts", e.attempts().stream().map(a -> attempt(a, null)).toList());
		json.put("redFlags", List.copyOf(e.redFlags()));
		return json;
	}

	static Map<String, Object> day(Day day) {
		DiaryEntry e = day.current().entry();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("date", day.date().toString());
		json.put("id", day.current().id().toString());
		json.put("clientId", day.current().clientId());
		json.put("writtenAt", day.current().writtenAt().toString());
		values(e, json);
		json.put("worstPain", day.worstPain());
		json.put("attempts", day.attempts().stream().map(a -> attempt(a.attempt(), a.entryId().toString())).toList());
		Set<String> flags = new LinkedHashSet<>();
		day.history().forEach(h -> flags.addAll(h.entry().redFlags()));
		flags.addAll(e.redFlags());
		json.put("redFlags", List.copyOf(flags));
		json.put("history", day.history().stream().map(h -> h.id().toString()).toList());
		return json;
	}

	private static void values(DiaryEntry e, Map<String, Object> json) {
		json.put("pain", e.pain());
		json.put("flare", e.flare());
		json.put("stress", e.stress());
		json.put("sleep", e.sleep());
		json.put("cycleDay", e.cycleDay());
		json.put("bowelNote", e.bowelNote());
		json.put("bladderNote", e.bladderNote());
		json.put("helped", e.helped());
		json.put("note", e.note());
	}

	private static Map<String, Object> attempt(DiaryEntry.Attempt a, @Nullable String entryId) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (entryId != null) {
			json.put("entryId", entryId);
		}
		json.put("type", a.type());
		json.put("dilatorSize", a.dilatorSize());
		json.put("pain", a.pain());
		json.put("location", a.location());
		json.put("painAfterMinutes", a.painAfterMinutes());
		json.put("stopped", a.stopped());
		return json;
	}

}
