package org.cairn.patients;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.PatientQuestionnaires;
import org.cairn.questionnaires.Schedules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient's home. The questionnaires card is this module's own; the others come from
 * the modules that own them ({@link TodayCard}), and a slot no module fills says calmly
 * what will appear there.
 */
@Controller
class TodayPages {

	private final Patients patients;

	private final AccessPolicy policy;

	private final Schedules schedules;

	private final PatientQuestionnaires questionnaires;

	private final ObjectProvider<TodayCard> cards;

	TodayPages(Patients patients, AccessPolicy policy, Schedules schedules, PatientQuestionnaires questionnaires,
			ObjectProvider<TodayCard> cards) {
		this.patients = patients;
		this.policy = policy;
		this.schedules = schedules;
		this.questionnaires = questionnaires;
		this.cards = cards;
	}

	@GetMapping("/today")
	String today(Actor actor, Model model) {
		if (actor.role() == Role.PARTNER) {
			// A partner has no record of their own; their limited view arrives with the
			// partner module.
			model.addAttribute("name", actor.displayName());
			model.addAttribute("partner", true);
			model.addAttribute("cards", Map.of());
			return "patients/today";
		}
		PatientId id = actor.ownRecord();
		policy.read(actor, id, DataCategory.CORE, "today");
		Patient patient = patients.find(id).orElseThrow(() -> new NotFoundException("No record with this id."));
		model.addAttribute("name", patient.name());
		model.addAttribute("partner", false);
		// Started or not yet sent (the intake, drafts) first; then what the schedule says
		// is due, once
		// each. Worded calmly: overdue is never blamed.
		var waiting = questionnaires.waiting(id);
		var waitingCodes = waiting.stream().map(q -> q.code()).collect(java.util.stream.Collectors.toSet());
		model.addAttribute("questionnaires", waiting);
		model.addAttribute("due",
				patients.enrolments(List.of(id))
					.stream()
					.flatMap(e -> schedules.due(e).stream())
					.filter(item -> !waitingCodes.contains(item.instrument()))
					.toList());
		// Keyed by the slot's name, which is what the template can look up.
		Map<String, TodayCard.View> filled = new HashMap<>();
		cards.orderedStream()
			.forEach(card -> card.card(actor, id).ifPresent(view -> filled.putIfAbsent(card.slot().name(), view)));
		model.addAttribute("cards", filled);
		return "patients/today";
	}

}
