package org.cairn.patients;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.AccountId;
import org.cairn.platform.ConflictException;
import org.cairn.platform.FormErrors;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.Due;
import org.cairn.questionnaires.Schedules;
import org.cairn.safety.OpenAlerts;
import org.cairn.team.CareTeam;
import org.cairn.team.DirectoryEntry;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The clinician's side: caseload, inviting a patient, and the (minimal, for now) chart.
 */
@Controller
class CaseloadPages {

	private static final Set<TeamStatus> ON_TEAM = EnumSet.of(TeamStatus.ACTIVE, TeamStatus.INVITED);

	private final Patients patients;

	private final CareTeam team;

	private final AccessPolicy policy;

	private final OpenAlerts openAlerts;

	private final Schedules schedules;

	private final ChartHeader header;

	CaseloadPages(Patients patients, CareTeam team, AccessPolicy policy, OpenAlerts openAlerts, Schedules schedules,
			ChartHeader header) {
		this.header = header;
		this.patients = patients;
		this.team = team;
		this.policy = policy;
		this.openAlerts = openAlerts;
		this.schedules = schedules;
	}

	/**
	 * One caseload row: the patient, their unresolved safety alerts (shown whatever the
	 * sharing grants, without detail) and their overdue measures.
	 */
	record Row(Patient patient, OpenAlerts.Summary alerts, List<Due> overdue) {

		/** 0 urgent alerts, 1 other alerts, 2 overdue measures, 3 the rest. */
		int need() {
			return alerts.urgent() > 0 ? 0 : alerts.any() ? 1 : !overdue.isEmpty() ? 2 : 3;
		}

	}

	@GetMapping("/caseload")
	String caseload(Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		// Each name shown is a read of that patient's core, and is audited as one.
		List<PatientId> ids = policy.readEach(actor, team.activePatientsOf(actor.id()), DataCategory.CORE, "caseload");
		// One query each for the records, alerts, schedules and last responses, however
		// long the list (hazard H29).
		Map<PatientId, OpenAlerts.Summary> alerts = openAlerts.unresolved(ids);
		Map<PatientId, List<Due>> due = schedules.due(patients.enrolments(ids));
		List<Row> rows = patients.findAll(ids)
			.stream()
			.map(p -> new Row(p, alerts.getOrDefault(p.id(), OpenAlerts.Summary.NONE),
					overdue(actor, p.id(), due.getOrDefault(p.id(), List.of()))))
			.sorted(Comparator.comparingInt(Row::need)
				.thenComparing(r -> r.patient().name(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		model.addAttribute("rows", rows);
		return "patients/caseload";
	}

	/**
	 * Overdue measures; a PHQ-9 or GAD-7 repeat (which tells that a total was 10 or more)
	 * only for a clinician the patient shares mental health with. The grant is read only
	 * for a patient who has such an item.
	 */
	private List<Due> overdue(Actor actor, PatientId patient, List<Due> due) {
		List<Due> overdue = due.stream().filter(Due::overdue).toList();
		if (overdue.stream().anyMatch(Due::revealsARaisedScore)
				&& !policy.permits(actor, patient, DataCategory.MENTAL_HEALTH)) {
			return overdue.stream().filter(d -> !d.revealsARaisedScore()).toList();
		}
		return overdue;
	}

	record InviteForm(@Nullable String name, @Nullable String email, @Nullable String language) {

		static InviteForm blank() {
			return new InviteForm("", "", "en");
		}

	}

	@GetMapping("/patients/new")
	String newPatient(Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		return inviteForm(model, InviteForm.blank(), Map.of());
	}

	@PostMapping("/patients/new")
	ModelAndView invite(@ModelAttribute("form") InviteForm form, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		NewPatient details;
		try {
			details = NewPatient.of(form.name(), form.email(), form.language());
		}
		catch (InvalidInputException ex) {
			return withStatus(inviteForm(model, form, FormErrors.keys("invite", ex)), model,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		Patients.Invited invited = patients.invite(actor, details);
		policy.recordCreation(actor, invited.patient().id(), "record/core");
		model.addAttribute("patient", invited.patient());
		model.addAttribute("link",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/invitations/{token}")
					.buildAndExpand(invited.invitationToken())
					.toUriString());
		return new ModelAndView("patients/invited", model.asMap());
	}

	private String inviteForm(Model model, InviteForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", ProfileChoices.languages(form.language() == null ? "" : form.language()));
		return "patients/new";
	}

	@GetMapping("/patients/{patientId}")
	String chart(@PathVariable String patientId, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId id = PatientId.parse(patientId);
		policy.read(actor, id, DataCategory.CORE, "chart");
		return chart(actor, model, id, null, Map.of());
	}

	record SuggestForm(@Nullable String clinicianId) {
	}

	/** A team member suggests a colleague; the patient decides on their team page. */
	@PostMapping("/patients/{patientId}/team")
	ModelAndView suggest(@PathVariable String patientId, @ModelAttribute SuggestForm form, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId id = PatientId.parse(patientId);
		policy.write(actor, id, DataCategory.CORE, "team");
		try {
			team.invite(id, clinician(form.clinicianId()), actor.id());
		}
		catch (InvalidInputException ex) {
			return withStatus(
					chart(actor, model, id, form.clinicianId(), Map.of("clinicianId", "chart.suggest.unknown")), model,
					HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (ConflictException ex) {
			return withStatus(
					chart(actor, model, id, form.clinicianId(), Map.of("clinicianId", "chart.suggest.already")), model,
					HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/patients/" + id + "?suggested");
	}

	private String chart(Actor actor, Model model, PatientId id, @Nullable String chosen, Map<String, String> errors) {
		Patient patient = patients.find(id).orElseThrow(() -> new NotFoundException("No record with this id."));
		List<TeamMember> members = team.members(id);
		Set<AccountId> taken = members.stream()
			.filter(m -> ON_TEAM.contains(m.status()))
			.map(TeamMember::clinicianId)
			.collect(Collectors.toSet());
		List<DirectoryEntry> colleagues = team.directory()
			.stream()
			.filter(e -> !taken.contains(e.profile().id()))
			.sorted(Comparator.comparing(DirectoryEntry::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		model.addAttribute("patient", patient);
		model.addAttribute("header", header.view(actor, id));
		model.addAttribute("members", members);
		model.addAttribute("colleagues", colleagues);
		model.addAttribute("chosen", chosen == null ? "" : chosen);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		return "patients/chart";
	}

	private static AccountId clinician(@Nullable String text) {
		try {
			return AccountId.parse(text == null ? "" : text);
		}
		catch (NotFoundException ex) {
			throw InvalidInputException.field("clinicianId", "No clinician with this id.");
		}
	}

	static ModelAndView withStatus(String view, Model model, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view, model.asMap());
		mav.setStatus(status);
		return mav;
	}

}
