package org.cairn.referrals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.PatientId;
import org.cairn.referrals.ReferralAccess.Standing;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals as JSON. Each move is one POST; a move the referral's state does not allow
 * answers 409 with a sentence saying why, and who may make which move is decided by
 * {@link ReferralAccess}.
 */
@RestController
class ReferralsApi {

	private final Referrals referrals;

	private final ReferralAccess access;

	private final ReferralViews views;

	private final AccessPolicy policy;

	ReferralsApi(Referrals referrals, ReferralAccess access, ReferralViews views, AccessPolicy policy) {
		this.referrals = referrals;
		this.access = access;
		this.views = views;
		this.policy = policy;
	}

	@PostMapping("/api/v1/patients/{patientId}/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@PathVariable String patientId, @RequestBody Referrals.Draft body, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		actor.requireRole(Role.CLINICIAN);
		policy.write(actor, patient, DataCategory.CARE_PLAN, "referrals");
		return json(actor, referrals.create(actor, patient, body), Standing.REFERRER);
	}

	@GetMapping("/api/v1/patients/{patientId}/referrals")
	List<Map<String, Object>> list(@PathVariable String patientId, Actor actor) {
		PatientId patient = PatientId.parse(patientId);
		policy.read(actor, patient, actor.owns(patient) ? DataCategory.CORE : DataCategory.CARE_PLAN, "referrals");
		List<Referral> list = referrals.ofPatient(patient);
		Map<Referral, Standing> standings = new LinkedHashMap<>();
		list.forEach(r -> standings.put(r, actor.owns(patient) ? Standing.OWNER
				: r.referredBy().equals(actor.id()) ? Standing.REFERRER : Standing.MEMBER));
		return views.views(actor, list, standings).stream().map(views::json).toList();
	}

	@GetMapping("/api/v1/patients/{patientId}/referrals/{referralId}")
	Map<String, Object> detail(@PathVariable String patientId, @PathVariable String referralId, Actor actor) {
		Referral r = referrals.get(PatientId.parse(patientId), referralId);
		return json(actor, r, access.read(actor, r));
	}

	@PostMapping("/api/v1/patients/{patientId}/referrals/{referralId}/submit")
	Map<String, Object> submit(@PathVariable String patientId, @PathVariable String referralId, Actor actor) {
		Referral r = referrals.get(PatientId.parse(patientId), referralId);
		access.requireReferrer(actor, r, "submit");
		return json(actor, referrals.submit(actor, r), Standing.REFERRER);
	}

	@PostMapping("/api/v1/patients/{patientId}/referrals/{referralId}/withdraw")
	Map<String, Object> withdraw(@PathVariable String patientId, @PathVariable String referralId, Actor actor) {
		Referral r = referrals.get(PatientId.parse(patientId), referralId);
		access.requireReferrer(actor, r, "withdraw");
		return json(actor, referrals.withdraw(actor, r), Standing.REFERRER);
	}

	/**
	 * @param categories the category codes the patient lets go; may be empty
	 */
	record Approval(@Nullable List<String> categories) {
	}

	@PostMapping("/api/v1/patients/{patientId}/referrals/{referralId}/approve")
	Map<String, Object> approve(@PathVariable String patientId, @PathVariable String referralId,
			@RequestBody Approval body, Actor actor) {
		Referral r = referrals.get(PatientId.parse(patientId), referralId);
		access.requirePatient(actor, r, "approve");
		return json(actor, referrals.approve(actor, r, body.categories()), Standing.OWNER);
	}

	/**
	 * @param reason required of the receiving clinician; the patient need not give one
	 */
	record Decline(@Nullable String reason) {
	}

	/**
	 * The patient declines a referral waiting for them, or the receiving clinician one
	 * sent to them.
	 */
	@PostMapping("/api/v1/patients/{patientId}/referrals/{referralId}/decline")
	Map<String, Object> decline(@PathVariable String patientId, @PathVariable String referralId,
			@RequestBody(required = false) @Nullable Decline body, Actor actor) {
		Referral r = referrals.get(PatientId.parse(patientId), referralId);
		Standing standing = access.standing(actor, r);
		if (standing == Standing.RECEIVER || standing == Standing.CANDIDATE) {
			access.requireReceiver(actor, r, "decline");
			return json(actor, referrals.declineByReceiver(actor, r, body == null ? null : body.reason()), standing);
		}
		access.requirePatient(actor, r, "decline");
		return json(actor, referrals.declineByPatient(actor, r), Standing.OWNER);
	}

	@PostMapping("/api/v1/patients/{patientId}/referrals/{referralId}/accept")
	Map<String, Object> accept(@PathVariable String patientId, @PathVariable String referralId, Actor actor) {
		Referral r = referrals.get(PatientId.parse(patientId), referralId);
		access.requireReceiver(actor, r, "accept");
		return json(actor, referrals.accept(actor, r), Standing.RECEIVER);
	}

	record Completion(@Nullable String summary) {
	}

	@PostMapping("/api/v1/patients/{patientId}/referrals/{referralId}/complete")
	Map<String, Object> complete(@PathVariable String patientId, @PathVariable String referralId,
			@RequestBody Completion body, Actor actor) {
		Referral r = referrals.get(PatientId.parse(patientId), referralId);
		access.requireReceiver(actor, r, "complete");
		return json(actor, referrals.complete(actor, r, body.summary()), Standing.RECEIVER);
	}

	/**
	 * For a clinician: referrals sent to them and open requests to their discipline they
	 * may take; each one listed is an audited read.
	 */
	@GetMapping("/api/v1/referrals/inbox")
	List<Map<String, Object>> inbox(Actor actor) {
		actor.requireRole(Role.CLINICIAN);
		List<Referral> inbox = referrals.inbox(actor);
		Map<Referral, Standing> standings = new LinkedHashMap<>();
		for (Referral r : inbox) {
			standings.put(r, access.read(actor, r));
		}
		return views.views(actor, inbox, standings).stream().map(views::json).toList();
	}

	private Map<String, Object> json(Actor actor, Referral r, Standing standing) {
		return views.json(views.view(actor, r, standing));
	}

}
