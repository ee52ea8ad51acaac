package org.cairn.team;

import java.util.List;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.platform.AccountId;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's care team: who is on it, who has been suggested, and the patient's answer
 * to each. Ending a membership asks once more in plain words, because it takes effect at
 * once.
 */
@Controller
class TeamPages {

	private final CareTeam team;

	private final AccessPolicy policy;

	TeamPages(CareTeam team, AccessPolicy policy) {
		this.team = team;
		this.policy = policy;
	}

	@GetMapping("/team")
	String team(Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.read(actor, patient, DataCategory.CORE, "team");
		return page(model, patient, null);
	}

	@PostMapping("/team/{clinicianId}/accept")
	ModelAndView accept(@PathVariable String clinicianId, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.WRITE, "team");
		try {
			AccountId clinician = clinician(clinicianId);
			team.accept(patient, clinician);
			// A new member sees only the day-to-day categories until the patient decides
			// the rest.
			return new ModelAndView("redirect:/privacy?added=" + clinician);
		}
		catch (InvalidInputException | ConflictException ex) {
			return refused(model, patient);
		}
	}

	@PostMapping("/team/{clinicianId}/decline")
	ModelAndView decline(@PathVariable String clinicianId, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.WRITE, "team");
		try {
			team.decline(patient, clinician(clinicianId));
			return new ModelAndView("redirect:/team?declined");
		}
		catch (InvalidInputException | ConflictException ex) {
			return refused(model, patient);
		}
	}

	@GetMapping("/team/{clinicianId}/end")
	String confirmEnd(@PathVariable String clinicianId, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.read(actor, patient, DataCategory.CORE, "team");
		AccountId id = AccountId.parse(clinicianId);
		TeamMember member = team.members(patient)
			.stream()
			.filter(m -> m.clinicianId().equals(id) && m.status() == TeamStatus.ACTIVE)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No active team member with this id."));
		model.addAttribute("member", member);
		return "team/end";
	}

	@PostMapping("/team/{clinicianId}/end")
	ModelAndView end(@PathVariable String clinicianId, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.WRITE, "team");
		try {
			team.end(patient, clinician(clinicianId));
			return new ModelAndView("redirect:/team?ended");
		}
		catch (InvalidInputException | ConflictException ex) {
			return refused(model, patient);
		}
	}

	/**
	 * The team page again with a calm note: the change did not happen, nothing else
	 * changed.
	 */
	private ModelAndView refused(Model model, PatientId patient) {
		ModelAndView mav = new ModelAndView(page(model, patient, "team.error.notPossible"), model.asMap());
		mav.setStatus(HttpStatus.CONFLICT);
		return mav;
	}

	private String page(Model model, PatientId patient, @Nullable String error) {
		List<TeamMember> members = team.members(patient);
		model.addAttribute("invited", members.stream().filter(m -> m.status() == TeamStatus.INVITED).toList());
		model.addAttribute("active", members.stream().filter(m -> m.status() == TeamStatus.ACTIVE).toList());
		model.addAttribute("past",
				members.stream()
					.filter(m -> m.status() == TeamStatus.DECLINED || m.status() == TeamStatus.ENDED)
					.toList());
		model.addAttribute("error", error);
		return "team/team";
	}

	private static AccountId clinician(String text) {
		try {
			return AccountId.parse(text);
		}
		catch (NotFoundException ex) {
			throw InvalidInputException.field("clinicianId", "No clinician with this id.");
		}
	}

}
