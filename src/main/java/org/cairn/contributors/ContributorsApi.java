package org.cairn.contributors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.team.Discipline;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contributor map as JSON. Every one of the twelve domains is always present; a
 * domain the reader may not see says {@code "restricted": true} and carries no status,
 * evidence or review, so its absence cannot be read as "nothing found".
 */
@RestController
class ContributorsApi {

	private final ContributorMaps maps;

	private final ContributorViews views;

	private final AccessPolicy policy;

	ContributorsApi(ContributorMaps maps, ContributorViews views, AccessPolicy policy) {
		this.maps = maps;
		this.views = views;
		this.policy = policy;
	}

	@GetMapping("/api/v1/patients/{patientId}/contributors")
	Map<String, Object> map(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "contributors");
		Locale locale = LocaleContextHolder.getLocale();
		ContributorMaps.Current current = maps.current(patient);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("domains",
				views.domains(actor, patient, current, locale).stream().map(ContributorsApi::json).toList());
		json.put("painProfile",
				views.seesPainProfile(actor, patient)
						? profile(current.painProfile(), views.profileLine(current.painProfile(), locale))
						: Map.of("restricted", true));
		return json;
	}

	record ReviewBody(@Nullable String view, @Nullable String reason) {
	}

	@PostMapping("/api/v1/patients/{patientId}/contributors/{code}/review")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> review(@PathVariable String patientId, @PathVariable String code, @RequestBody ReviewBody body,
			Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		ContributorDomain domain = domain(code);
		actor.requireRole(Role.CLINICIAN);
		// Only someone who may see the area's reasons may judge it.
		policy.write(actor, patient, ContributorRules.homeCategory(domain), "contributors/" + domain.code());
		ClinicianView view = view(body.view());
		return review(maps.review(actor, patient, domain, view, body.reason() == null ? "" : body.reason()));
	}

	static ContributorDomain domain(String code) {
		return ContributorDomain.fromCode(code).orElseThrow(() -> new NotFoundException("No such contributor area."));
	}

	static ClinicianView view(@Nullable String code) {
		return ClinicianView.fromCode(code == null ? "" : code)
			.orElseThrow(() -> InvalidInputException.field("view", "Say \"confirmed\" or \"set-aside\"."));
	}

	private static Map<String, Object> json(ContributorViews.DomainView view) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", view.code());
		json.put("restricted", view.restricted());
		json.put("status", view.status() == null ? null : view.status().code());
		json.put("effectiveStatus", view.effective() == null ? null : view.effective().code());
		json.put("evidence", view.reasons().stream().map(r -> Map.of("source", r.source(), "text", r.text())).toList());
		json.put("moreSharedWithPartOfTeam", view.hiddenReasons());
		json.put("disciplines", view.disciplines().stream().map(Discipline::code).toList());
		json.put("coveredByTeam", view.covered());
		json.put("clinicianView", view.view() == null ? null : review(view.view()));
		return json;
	}

	private static Map<String, Object> review(Review review) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", review.id().toString());
		json.put("domain", review.domain().code());
		json.put("view", review.view().code());
		json.put("reason", review.reason());
		json.put("by", review.reviewerName());
		json.put("at", review.reviewedAt().toString());
		return json;
	}

	private static Map<String, Object> profile(PainProfile profile, String summary) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("location", profile.location());
		json.put("provocation", profile.provocation());
		json.put("onset", profile.onset());
		json.put("temporalPattern", profile.temporalPattern());
		json.put("qualities", List.copyOf(profile.qualities()));
		json.put("activities", List.copyOf(profile.activities()));
		json.put("summary", profile.isEmpty() ? null : summary);
		return json;
	}

}
