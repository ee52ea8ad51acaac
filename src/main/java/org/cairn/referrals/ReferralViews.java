package org.cairn.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Actor;
import org.cairn.identity.Practice;
import org.cairn.patients.Patient;
import org.cairn.patients.Patients;
import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;
import org.cairn.referrals.ReferralAccess.Standing;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A referral as one reader may see it, for pages and the API. The patient and the
 * receiving clinician see the whole packet as approved; team members see its items only
 * of the categories the patient shares with them (and the summary back only with
 * {@code clinical-notes}); a clinician offered an open request sees the reason and which
 * parts of the record it carries, never the patient's name or the packet itself.
 */
@Component
class ReferralViews {

	private final Referrals referrals;

	private final AccessPolicy policy;

	private final Accounts accounts;

	private final Patients patients;

	ReferralViews(Referrals referrals, AccessPolicy policy, Accounts accounts, Patients patients) {
		this.referrals = referrals;
		this.policy = policy;
		this.accounts = accounts;
		this.patients = patients;
	}

	record Party(AccountId id, String name, String practice) {
	}

	/**
	 * @param patientName null for a clinician offered an open request
	 * @param items the packet items this reader may see; empty before approval
	 * @param hiddenItems packet items from categories not shared with this reader
	 * @param summary null when there is none or the reader may not see it
	 */
	record View(UUID id, PatientId patient, @Nullable String patientName, String state, String discipline,
			boolean openRequest, String reason, Party referrer, @Nullable Party receiver, List<String> proposed,
			@Nullable List<String> approved, List<PacketItem> items, int hiddenItems, @Nullable String summary,
			@Nullable String declineReason, Instant createdAt, Instant updatedAt, String standing,
			Set<String> actions) {

		public boolean can(String action) {
			return actions.contains(action);
		}

		public boolean packetSent() {
			return approved != null;
		}

	}

	View view(Actor reader, Referral r, Standing standing) {
		return views(reader, List.of(r), Map.of(r, standing)).get(0);
	}

	/** Views of many referrals in a bounded number of queries. */
	List<View> views(Actor reader, List<Referral> list, Map<Referral, Standing> standings) {
		Map<AccountId, Account> people = referrals.people(list);
		Set<PracticeId> practiceIds = new LinkedHashSet<>();
		people.values().forEach(a -> {
			if (a.practiceId() != null) {
				practiceIds.add(a.practiceId());
			}
		});
		Map<PracticeId, Practice> practices = accounts.practices(practiceIds);
		Map<PatientId, String> names = new LinkedHashMap<>();
		patients.findAll(list.stream().map(Referral::patient).distinct().toList())
			.forEach(p -> names.put(p.id(), name(p)));
		Map<UUID, List<PacketItem>> packets = referrals.packets(list);
		Map<PatientId, Map<DataCategory, Boolean>> permitted = new LinkedHashMap<>();
		List<View> views = new ArrayList<>();
		for (Referral r : list) {
			Standing standing = standings.get(r);
			List<PacketItem> all = packets.getOrDefault(r.id(), List.of());
			List<PacketItem> items = new ArrayList<>();
			int hidden = 0;
			boolean whole = standing == Standing.OWNER || standing == Standing.RECEIVER;
			for (PacketItem item : all) {
				if (standing == Standing.CANDIDATE) {
					hidden++;
				}
				else if (whole || permits(reader, r.patient(), item.category(), permitted)) {
					items.add(item);
				}
				else {
					hidden++;
				}
			}
			boolean seesSummary = whole || permits(reader, r.patient(), DataCategory.CLINICAL_NOTES, permitted);
			views.add(new View(r.id(), r.patient(), standing == Standing.CANDIDATE ? null : names.get(r.patient()),
					r.state().code(), r.discipline().code(), r.openRequest(), r.reason(),
					party(r.referredBy(), people, practices),
					r.toClinician() == null ? null : party(r.toClinician(), people, practices), codes(r.proposed()),
					r.approved() == null ? null : codes(r.approved()), items, hidden, seesSummary ? r.summary() : null,
					r.declineReason(), r.createdAt(), r.updatedAt(), standing.name().toLowerCase(),
					actions(r, standing)));
		}
		return views;
	}

	static Set<String> actions(Referral r, Standing standing) {
		Set<String> actions = new LinkedHashSet<>();
		ReferralState state = r.state();
		switch (standing) {
			case REFERRER -> {
				if (ReferralState.Move.SUBMIT.from().contains(state)) {
					actions.add("submit");
				}
				if (ReferralState.Move.WITHDRAW.from().contains(state)) {
					actions.add("withdraw");
				}
			}
			case OWNER -> {
				if (state == ReferralState.AWAITING_PATIENT) {
					actions.add("approve");
					actions.add("decline");
				}
			}
			case RECEIVER -> {
				if (state == ReferralState.SENT) {
					actions.add("accept");
					actions.add("decline");
				}
				if (state == ReferralState.ACCEPTED) {
					actions.add("complete");
				}
			}
			case CANDIDATE -> actions.add("accept");
			default -> {
			}
		}
		return actions;
	}

	Map<String, Object> json(View v) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", v.id().toString());
		json.put("patientId", v.patient().toString());
		json.put("patientName", v.patientName());
		json.put("state", v.state());
		json.put("discipline", v.discipline());
		json.put("openRequest", v.openRequest());
		json.put("reason", v.reason());
		json.put("referredBy", party(v.referrer()));
		json.put("to", v.receiver() == null ? null : party(v.receiver()));
		json.put("proposedCategories", v.proposed());
		json.put("approvedCategories", v.approved());
		json.put("packet", v.items().stream().map(ReferralViews::item).toList());
		json.put("itemsNotShownToYou", v.hiddenItems());
		json.put("summary", v.summary());
		json.put("declineReason", v.declineReason());
		json.put("createdAt", v.createdAt().toString());
		json.put("updatedAt", v.updatedAt().toString());
		json.put("yourPart", v.standing());
		json.put("actions", List.copyOf(v.actions()));
		return json;
	}

	static Map<String, Object> item(PacketItem item) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("category", item.category().code());
		json.put("kind", item.kind());
		json.putAll(item.body());
		return json;
	}

	private static Map<String, Object> party(Party p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("clinicianId", p.id().toString());
		json.put("displayName", p.name());
		json.put("practice", p.practice());
		return json;
	}

	private static Party party(AccountId id, Map<AccountId, Account> people, Map<PracticeId, Practice> practices) {
		Account account = people.get(id);
		if (account == null) {
			return new Party(id, "", "");
		}
		Practice practice = account.practiceId() == null ? null : practices.get(account.practiceId());
		return new Party(id, account.displayName(), practice == null ? "" : practice.name());
	}

	private boolean permits(Actor reader, PatientId patient, DataCategory category,
			Map<PatientId, Map<DataCategory, Boolean>> cache) {
		return cache.computeIfAbsent(patient, p -> new EnumMap<>(DataCategory.class))
			.computeIfAbsent(category, c -> policy.permits(reader, patient, c));
	}

	private static String name(Patient p) {
		return p.pronouns() == null || p.pronouns().isBlank() ? p.name() : p.name() + " (" + p.pronouns() + ")";
	}

	private static List<String> codes(Set<DataCategory> categories) {
		return categories.stream().map(DataCategory::code).toList();
	}

}
