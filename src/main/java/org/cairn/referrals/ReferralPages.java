package org.cairn.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.contributors.ContributorDomain;
import org.cairn.contributors.ContributorSummary;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.patients.ChartHeader;
import org.cairn.platform.AccountId;
import org.cairn.platform.ConflictException;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.cairn.referrals.ReferralAccess.Standing;
import org.cairn.team.CareTeam;
import org.cairn.team.DirectoryEntry;
import org.cairn.team.Discipline;
import org.cairn.team.TeamMember;
import org.cairn.team.TeamStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The clinician's pages: the Referrals page (inbox and outbox), one referral with its
 * packet as the patient approved it, and the chart's referrals tab with suggestions and
 * the draft form. Same services and access decisions as {@link ReferralsApi}.
 */
@Controller
class ReferralPages {

	private final Referrals referrals;

	private final ReferralAccess access;

	private final ReferralViews views;

	private final AccessPolicy policy;

	private final CareTeam team;

	private final ChartHeader header;

	ReferralPages(Referrals referrals, ReferralAccess access, ReferralViews views, AccessPolicy policy, CareTeam team,
			ChartHeader header) {
		this.referrals = referrals;
		this.access = access;
		this.views = views;
		this.policy = policy;
		this.team = team;
		this.header = header;
	}

	@GetMapping("/referrals")
	String list(Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		List<Referral> inbox = referrals.inbox(actor);
		Map<Referral, Standing> inStandings = new LinkedHashMap<>();
		for (Referral r : inbox) {
			inStandings.put(r, access.read(actor, r));
		}
		List<Referral> mine = referrals.byReferrer(actor.id());
		// Only referrals of patients whose plan the referrer may still read (audited).
		Set<PatientId> readable = Set.copyOf(policy.readEach(actor,
				mine.stream().map(Referral::patient).distinct().toList(), DataCategory.CARE_PLAN, "referrals/outbox"));
		List<Referral> outbox = mine.stream().filter(r -> readable.contains(r.patient())).toList();
		Map<Referral, Standing> outStandings = new LinkedHashMap<>();
		outbox.forEach(r -> outStandings.put(r, Standing.REFERRER));
		List<ReferralViews.View> in = views.views(actor, inbox, inStandings);
		model.addAttribute("addressed", in.stream().filter(v -> !"candidate".equals(v.standing())).toList());
		model.addAttribute("open", in.stream().filter(v -> "candidate".equals(v.standing())).toList());
		model.addAttribute("outbox", views.views(actor, outbox, outStandings));
		return "referrals/list";
	}

	@GetMapping("/referrals/{referralId}")
	String detail(@PathVariable String referralId, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		Referral r = referrals.require(referralId);
		return detail(actor, r, access.read(actor, r), model, Map.of(), null, "");
	}

	@PostMapping("/referrals/{referralId}/submit")
	ModelAndView submit(@PathVariable String referralId, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		Referral r = referrals.require(referralId);
		access.requireReferrer(actor, r, "submit");
		return act(actor, r, model, "submitted", () -> referrals.submit(actor, r), "", "");
	}

	@PostMapping("/referrals/{referralId}/withdraw")
	ModelAndView withdraw(@PathVariable String referralId, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		Referral r = referrals.require(referralId);
		access.requireReferrer(actor, r, "withdraw");
		return act(actor, r, model, "withdrawn", () -> referrals.withdraw(actor, r), "", "");
	}

	@PostMapping("/referrals/{referralId}/accept")
	ModelAndView accept(@PathVariable String referralId, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		Referral r = referrals.require(referralId);
		access.requireReceiver(actor, r, "accept");
		return act(actor, r, model, "accepted", () -> referrals.accept(actor, r), "", "");
	}

	@PostMapping("/referrals/{referralId}/decline")
	ModelAndView decline(@PathVariable String referralId, @RequestParam(required = false) @Nullable String reason,
			Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		Referral r = referrals.require(referralId);
		access.requireReceiver(actor, r, "decline");
		return act(actor, r, model, "declined", () -> referrals.declineByReceiver(actor, r, reason), "decline",
				reason == null ? "" : reason);
	}

	@PostMapping("/referrals/{referralId}/complete")
	ModelAndView complete(@PathVariable String referralId, @RequestParam(required = false) @Nullable String summary,
			Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		Referral r = referrals.require(referralId);
		access.requireReceiver(actor, r, "complete");
		return act(actor, r, model, "completed", () -> referrals.complete(actor, r, summary), "complete",
				summary == null ? "" : summary);
	}

	/**
	 * Makes a move and shows the referral again; bad input re-renders the form with its
	 * error (422), a move the state does not allow says so (409). Nothing changes either
	 * way.
	 */
	private ModelAndView act(Actor actor, Referral r, Model model, String done, Supplier<Referral> move, String form,
			String text) {
		try {
			move.get();
		}
		catch (InvalidInputException ex) {
			String view = detail(actor, r, access.standing(actor, r), model, FormErrors.keys("referrals." + form, ex),
					null, text);
			return withStatus(view, model, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (ConflictException ex) {
			Referral now = referrals.require(r.id().toString());
			String view = detail(actor, now, access.standing(actor, now), model, Map.of(), "referrals.error.conflict",
					text);
			return withStatus(view, model, HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/referrals/" + r.id() + "?" + done);
	}

	private String detail(Actor actor, Referral r, Standing standing, Model model, Map<String, String> errors,
			@Nullable String problem, String text) {
		model.addAttribute("referral", views.view(actor, r, standing));
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("text", text);
		return "referrals/detail";
	}

	// The chart's referrals tab.

	@GetMapping("/patients/{patientId}/referrals")
	String tab(@PathVariable String patientId, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String area, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, DataCategory.CARE_PLAN, "referrals");
		Set<DataCategory> includable = referrals.includable(actor, patient);
		Set<DataCategory> chosen = EnumSet.noneOf(DataCategory.class);
		for (DataCategory c : List.of(DataCategory.MEDICAL_HISTORY, DataCategory.CARE_PLAN)) {
			if (includable.contains(c)) {
				chosen.add(c);
			}
		}
		ContributorDomain.fromCode(area == null ? "" : area)
			.map(ContributorSummary::visibleTo)
			.filter(includable::contains)
			.ifPresent(chosen::add);
		DraftForm form = new DraftForm(to == null ? "" : to, "", chosen.stream().map(DataCategory::code).toList(),
				"draft");
		return tab(actor, patient, model, form, Map.of(), null);
	}

	/**
	 * @param to {@code discipline:<code>} or {@code clinician:<id>}
	 * @param action {@code draft} to keep it, {@code submit} to ask the patient at once
	 */
	record DraftForm(@Nullable String to, @Nullable String reason, @Nullable List<String> categories,
			@Nullable String action) {
	}

	@PostMapping("/patients/{patientId}/referrals")
	ModelAndView create(@PathVariable String patientId, @ModelAttribute DraftForm form, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		policy.write(actor, patient, DataCategory.CARE_PLAN, "referrals");
		String to = form.to() == null ? "" : form.to();
		String discipline = to.startsWith("discipline:") ? to.substring("discipline:".length()) : null;
		String clinician = to.startsWith("clinician:") ? to.substring("clinician:".length()) : null;
		try {
			if (discipline == null && clinician == null) {
				throw InvalidInputException.field("to", "Choose who the referral is for.");
			}
			Referral r = referrals.create(actor, patient,
					new Referrals.Draft(discipline, clinician, form.reason(), form.categories()));
			if ("submit".equals(form.action())) {
				referrals.submit(actor, r);
				return new ModelAndView("redirect:/patients/" + patient + "/referrals?submitted");
			}
			return new ModelAndView("redirect:/patients/" + patient + "/referrals?drafted");
		}
		catch (InvalidInputException ex) {
			// The form has one "to" for what the API calls discipline or clinicianId.
			Map<String, String> errors = new LinkedHashMap<>();
			ex.fieldErrors().keySet().forEach(field -> {
				String name = field.equals("discipline") || field.equals("clinicianId") ? "to" : field;
				errors.put(name, "referrals.draft." + name + ".error");
			});
			return withStatus(tab(actor, patient, model, form, errors, null), model, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (ConflictException ex) {
			return withStatus(tab(actor, patient, model, form, Map.of(), "referrals.draft.duplicate"), model,
					HttpStatus.CONFLICT);
		}
	}

	private String tab(Actor actor, PatientId patient, Model model, DraftForm form, Map<String, String> errors,
			@Nullable String problem) {
		List<Referral> list = referrals.ofPatient(patient);
		Map<Referral, Standing> standings = new LinkedHashMap<>();
		list.forEach(r -> standings.put(r, r.referredBy().equals(actor.id()) ? Standing.REFERRER : Standing.MEMBER));
		List<TeamMember> members = team.members(patient);
		Set<AccountId> onTeam = new java.util.HashSet<>();
		members.stream().filter(m -> m.status() == TeamStatus.ACTIVE).forEach(m -> onTeam.add(m.clinicianId()));
		List<DirectoryEntry> clinicians = team.directory()
			.stream()
			.filter(e -> !onTeam.contains(e.profile().id()) && !e.profile().id().equals(actor.id()))
			.sorted(Comparator.comparing((DirectoryEntry e) -> e.profile().discipline().ordinal())
				.thenComparing(DirectoryEntry::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<DataCategory> includable = new ArrayList<>(referrals.includable(actor, patient));
		model.addAttribute("header", header.view(actor, patient));
		model.addAttribute("referrals", views.views(actor, list, standings));
		model.addAttribute("suggestions", referrals.suggestions(actor, patient));
		model.addAttribute("disciplines", List.of(Discipline.values()));
		model.addAttribute("clinicians", clinicians);
		model.addAttribute("includable", includable.stream().map(DataCategory::code).toList());
		model.addAttribute("form", form);
		model.addAttribute("chosen", form.categories() == null ? List.of() : form.categories());
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return "referrals/tab";
	}

	static ModelAndView withStatus(String view, Model model, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view, model.asMap());
		mav.setStatus(status);
		return mav;
	}

}
