package org.cairn.referrals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.patients.TodayCard;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.referrals.ReferralAccess.Standing;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's referrals: what waits for their approval, with each part of the packet
 * shown in plain words beside its checkbox, and what was sent before. Always the
 * signed-in patient's own record.
 */
@Controller
class PatientReferralPages {

	private final Referrals referrals;

	private final ReferralViews views;

	private final AccessPolicy policy;

	PatientReferralPages(Referrals referrals, ReferralViews views, AccessPolicy policy) {
		this.referrals = referrals;
		this.views = views;
		this.policy = policy;
	}

	@GetMapping("/care/referrals")
	String list(Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.read(actor, patient, DataCategory.CORE, "referrals");
		// A draft is still being written by the team; it is shown once the patient is
		// asked.
		List<Referral> list = referrals.ofPatient(patient)
			.stream()
			.filter(r -> r.state() != ReferralState.DRAFT)
			.toList();
		Map<Referral, Standing> standings = new LinkedHashMap<>();
		list.forEach(r -> standings.put(r, Standing.OWNER));
		List<ReferralViews.View> all = views.views(actor, list, standings);
		model.addAttribute("waiting", all.stream().filter(v -> v.can("approve")).toList());
		model.addAttribute("others", all.stream().filter(v -> !v.can("approve")).toList());
		return "referrals/patient-list";
	}

	@GetMapping("/care/referrals/{referralId}")
	String detail(@PathVariable String referralId, Actor actor, Model model) {
		Referral r = own(actor, referralId);
		policy.read(actor, r.patient(), DataCategory.CORE, "referrals/" + r.id());
		return page(actor, r, model, null, null, Map.of());
	}

	@PostMapping("/care/referrals/{referralId}/approve")
	ModelAndView approve(@PathVariable String referralId,
			@RequestParam(name = "share", required = false) @Nullable List<String> share, Actor actor, Model model) {
		Referral r = own(actor, referralId);
		policy.requireOwner(actor, r.patient(), Action.WRITE, "referrals/" + r.id() + "/approve");
		List<String> chosen = share == null ? List.of() : share;
		try {
			referrals.approve(actor, r, chosen);
		}
		catch (InvalidInputException ex) {
			return withStatus(page(actor, r, model, chosen, null, Map.of("share", "referrals.approve.share.error")),
					model, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (ConflictException ex) {
			return withStatus(
					page(actor, referrals.require(referralId), model, chosen, "referrals.patient.conflict", Map.of()),
					model, HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/care/referrals/" + r.id() + "?sent");
	}

	@PostMapping("/care/referrals/{referralId}/decline")
	ModelAndView decline(@PathVariable String referralId, Actor actor, Model model) {
		Referral r = own(actor, referralId);
		policy.requireOwner(actor, r.patient(), Action.WRITE, "referrals/" + r.id() + "/decline");
		try {
			referrals.declineByPatient(actor, r);
		}
		catch (ConflictException ex) {
			return withStatus(
					page(actor, referrals.require(referralId), model, null, "referrals.patient.conflict", Map.of()),
					model, HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/care/referrals?declined");
	}

	/** Part of the record, its items, and whether it is ticked. */
	record Part(String category, List<PacketItem> items, boolean ticked) {
	}

	private String page(Actor actor, Referral r, Model model, @Nullable List<String> ticked, @Nullable String problem,
			Map<String, String> errors) {
		ReferralViews.View view = views.view(actor, r, Standing.OWNER);
		model.addAttribute("referral", view);
		if (r.state() == ReferralState.AWAITING_PATIENT) {
			List<PacketItem> preview = referrals.preview(r);
			List<Part> parts = new ArrayList<>();
			for (DataCategory category : r.proposed()) {
				List<PacketItem> items = preview.stream().filter(i -> i.category() == category).toList();
				// Nothing is ticked until the patient ticks it: each part is their
				// explicit yes.
				boolean on = ticked != null && ticked.contains(category.code());
				parts.add(new Part(category.code(), items, on && !items.isEmpty()));
			}
			model.addAttribute("parts", parts);
		}
		model.addAttribute("problem", problem);
		model.addAttribute("errors", errors);
		return "referrals/patient-detail";
	}

	private Referral own(Actor actor, String referralId) {
		PatientId patient = actor.ownRecord();
		return referrals.find(referralId)
			.filter(r -> r.patient().equals(patient))
			.orElseThrow(() -> new NotFoundException("No referral with this id."));
	}

	private static ModelAndView withStatus(String view, Model model, HttpStatus status) {
		ModelAndView mav = new ModelAndView(view, model.asMap());
		mav.setStatus(status);
		return mav;
	}

	/**
	 * The Today card while a referral waits for the patient's approval. It takes the care
	 * slot ahead of later cards only while something waits; otherwise it steps aside.
	 */
	@org.springframework.stereotype.Component
	@Order(20)
	static class WaitingReferralCard implements TodayCard {

		private final Referrals referrals;

		private final ReferralViews views;

		private final AccessPolicy policy;

		WaitingReferralCard(Referrals referrals, ReferralViews views, AccessPolicy policy) {
			this.referrals = referrals;
			this.views = views;
			this.policy = policy;
		}

		@Override
		public Slot slot() {
			return Slot.CARE;
		}

		@Override
		public Optional<View> card(Actor patient, PatientId record) {
			List<Referral> waiting = referrals.ofPatient(record)
				.stream()
				.filter(r -> r.state() == ReferralState.AWAITING_PATIENT)
				.toList();
			if (waiting.isEmpty()) {
				return Optional.empty();
			}
			policy.read(patient, record, DataCategory.CORE, "referrals");
			Map<Referral, Standing> standings = new LinkedHashMap<>();
			waiting.forEach(r -> standings.put(r, Standing.OWNER));
			return Optional
				.of(new View("referrals/today", "card", Map.of("waiting", views.views(patient, waiting, standings))));
		}

	}

}
