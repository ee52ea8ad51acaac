package org.cairn.contributors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.patients.ChartHeader;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's "Areas to explore with your team" and the clinician's contributor-map
 * tab, with the review form. Same services and access policy as {@link ContributorsApi}.
 */
@Controller
class ContributorPages {

	private final ContributorMaps maps;

	private final ContributorViews views;

	private final AccessPolicy policy;

	private final ChartHeader header;

	ContributorPages(ContributorMaps maps, ContributorViews views, AccessPolicy policy, ChartHeader header) {
		this.maps = maps;
		this.views = views;
		this.policy = policy;
		this.header = header;
	}

	@GetMapping("/care/areas")
	String areas(Actor actor, Model model, Locale locale) {
		PatientId patient = actor.ownRecord();
		policy.read(actor, patient, DataCategory.CORE, "contributors");
		ContributorMaps.Current current = maps.current(patient);
		List<ContributorViews.DomainView> domains = views.domains(actor, patient, current, locale);
		model.addAttribute("uncovered", domains.stream().filter(d -> d.indicated() && !d.covered()).toList());
		model.addAttribute("covered", domains.stream().filter(d -> d.indicated() && d.covered()).toList());
		model.addAttribute("others", domains.stream().filter(d -> !d.indicated()).toList());
		model.addAttribute("profile",
				current.painProfile().isEmpty() ? null : views.profileLine(current.painProfile(), locale));
		return "contributors/areas";
	}

	@GetMapping("/patients/{patientId}/contributors")
	String tab(@PathVariable String patientId, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CORE, "contributors");
		return tab(actor, patient, model, locale, null, "", "", Map.of());
	}

	@PostMapping("/patients/{patientId}/contributors/{code}/review")
	ModelAndView review(@PathVariable String patientId, @PathVariable String code,
			@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String reason, Actor actor, Model model, Locale locale) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		ContributorDomain domain = ContributorsApi.domain(code);
		policy.write(actor, patient, ContributorRules.homeCategory(domain), "contributors/" + domain.code());
		try {
			maps.review(actor, patient, domain, ContributorsApi.view(view), reason == null ? "" : reason);
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(tab(actor, patient, model, locale, domain, view == null ? "" : view,
					reason == null ? "" : reason, FormErrors.keys("contributors.review", ex)), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		return new ModelAndView("redirect:/patients/" + patient + "/contributors?reviewed#domain-" + domain.code());
	}

	private String tab(Actor actor, PatientId patient, Model model, Locale locale, @Nullable ContributorDomain failed,
			String view, String reason, Map<String, String> errors) {
		ContributorMaps.Current current = maps.current(patient);
		List<ContributorViews.DomainView> domains = views.domains(actor, patient, current, locale);
		// A review of an area the reader may not see would tell what the area holds.
		java.util.Set<ContributorDomain> visible = domains.stream()
			.filter(d -> !d.restricted())
			.map(ContributorViews.DomainView::domain)
			.collect(java.util.stream.Collectors.toSet());
		model.addAttribute("header", header.view(actor, patient));
		model.addAttribute("domains", domains);
		List<Review> newestFirst = new java.util.ArrayList<>(
				current.reviews().stream().filter(r -> visible.contains(r.domain())).toList());
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("reviews", newestFirst);
		model.addAttribute("profile",
				views.seesPainProfile(actor, patient) ? views.profileLine(current.painProfile(), locale) : null);
		model.addAttribute("failed", failed == null ? "" : failed.code());
		model.addAttribute("view", view);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return "contributors/map";
	}

}
