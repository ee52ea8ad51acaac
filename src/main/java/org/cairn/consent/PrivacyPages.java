package org.cairn.consent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.consent.CareTeamRoster.RosterEntry;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.platform.AccountId;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's sharing grants, one form per team member. Saving a member's form is the
 * patient's answer for every category: ticked is shared, unticked is not, so nothing
 * stays "not decided".
 */
@Controller
class PrivacyPages {

	private final AccessPolicy policy;

	private final SharingGrants grants;

	private final CareTeamRoster roster;

	PrivacyPages(AccessPolicy policy, SharingGrants grants, CareTeamRoster roster) {
		this.policy = policy;
		this.grants = grants;
		this.roster = roster;
	}

	/** One category for one member, as a table row shows it. */
	record Cell(String code, boolean shared, boolean decided, boolean always) {
	}

	record MemberSharing(RosterEntry member, List<Cell> cells, boolean awaitsDecision) {
	}

	record SharingForm(@Nullable String clinicianId, @Nullable List<String> share) {
	}

	@GetMapping("/privacy")
	String privacy(@RequestParam(required = false) @Nullable String added, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.READ, "sharing");
		return page(model, patient, added, null);
	}

	@PostMapping("/privacy")
	ModelAndView save(@ModelAttribute SharingForm form, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.WRITE, "sharing");
		try {
			grants.decide(actor, patient, clinician(form.clinicianId()), decisions(form.share()));
		}
		catch (InvalidInputException ex) {
			ModelAndView mav = new ModelAndView(page(model, patient, null, "privacy.error.notSaved"), model.asMap());
			mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return mav;
		}
		return new ModelAndView("redirect:/privacy?saved");
	}

	private String page(Model model, PatientId patient, @Nullable String added, @Nullable String error) {
		List<RosterEntry> members = roster.activeMembers(patient);
		Map<AccountId, Sharing> sharing = grants.forMembers(patient,
				members.stream().map(RosterEntry::clinicianId).toList());
		List<MemberSharing> rows = new ArrayList<>();
		for (RosterEntry member : members) {
			Sharing s = sharing.get(member.clinicianId());
			List<Cell> cells = new ArrayList<>();
			for (DataCategory category : DataCategory.values()) {
				cells.add(new Cell(category.code(), s.allows(category), s.decided().get(category),
						category.alwaysShared()));
			}
			rows.add(new MemberSharing(member, cells, s.awaitsDecision()));
		}
		model.addAttribute("members", rows);
		model.addAttribute("newMember",
				members.stream().filter(m -> m.clinicianId().toString().equals(added)).findFirst().orElse(null));
		model.addAttribute("error", error);
		return "consent/privacy";
	}

	private static AccountId clinician(@Nullable String id) {
		try {
			return AccountId.parse(id == null ? "" : id);
		}
		catch (NotFoundException ex) {
			throw InvalidInputException.field("clinicianId", "This person is not on your care team.");
		}
	}

	private static Map<DataCategory, Boolean> decisions(@Nullable List<String> share) {
		Set<String> ticked = Set.copyOf(share == null ? List.of() : share);
		for (String code : ticked) {
			if (DataCategory.fromCode(code).isEmpty()) {
				throw InvalidInputException.field("share", "Unknown category.");
			}
		}
		Map<DataCategory, Boolean> decisions = new EnumMap<>(DataCategory.class);
		for (DataCategory category : DataCategory.values()) {
			if (!category.alwaysShared()) {
				decisions.put(category, ticked.contains(category.code()));
			}
		}
		return decisions;
	}

}
