package org.cairn.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cairn.careplan.CarePlanSummary;
import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.contributors.ContributorSummary;
import org.cairn.contributors.PainProfile;
import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Actor;
import org.cairn.platform.AccountId;
import org.cairn.platform.ConflictException;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.ScoreHistory;
import org.cairn.referrals.ReferralState.Move;
import org.cairn.team.CareTeam;
import org.cairn.team.ClinicianProfile;
import org.cairn.team.Discipline;
import org.cairn.team.TeamMember;
import org.cairn.team.TeamStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals and their packets. Callers have passed {@link ReferralAccess} for the move
 * they ask for; these methods check the state and the input, and change nothing when
 * either is wrong.
 */
@Service
public class Referrals {

	static final int REASON_MAX = 2000;

	static final int SUMMARY_MAX = 4000;

	private static final java.util.regex.Pattern CANONICAL = java.util.regex.Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final JdbcReferrals jdbc;

	private final AccessPolicy policy;

	private final CareTeam team;

	private final Accounts accounts;

	private final ContributorSummary contributors;

	private final ScoreHistory scores;

	private final CarePlanSummary plan;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Referrals(JdbcReferrals jdbc, AccessPolicy policy, CareTeam team, Accounts accounts,
			ContributorSummary contributors, ScoreHistory scores, CarePlanSummary plan,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.team = team;
		this.accounts = accounts;
		this.contributors = contributors;
		this.scores = scores;
		this.plan = plan;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a referrer asks for; every field as sent, checked by {@link #create}.
	 *
	 * @param discipline a discipline code, for an open request (or to check a named
	 * clinician's)
	 * @param clinicianId a clinician from the directory
	 */
	public record Draft(@Nullable String discipline, @Nullable String clinicianId, @Nullable String reason,
			@Nullable List<String> categories) {
	}

	Referral get(PatientId patient, String id) {
		return find(id).filter(r -> r.patient().equals(patient))
			.orElseThrow(() -> new NotFoundException("No referral with this id."));
	}

	Optional<Referral> find(String id) {
		// Ids in URLs are canonical UUIDs; anything else is simply not found.
		if (id == null || !CANONICAL.matcher(id).matches()) {
			return Optional.empty();
		}
		return jdbc.find(UUID.fromString(id));
	}

	Referral require(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("No referral with this id."));
	}

	List<Referral> ofPatient(PatientId patient) {
		return jdbc.ofPatient(patient);
	}

	List<Referral> byReferrer(AccountId clinician) {
		return jdbc.byReferrer(clinician);
	}

	/** Referrals delivered to this clinician, and open requests they may take. */
	List<Referral> inbox(Actor clinician) {
		List<Referral> inbox = new ArrayList<>(jdbc.addressedTo(clinician.id()));
		team.profile(clinician.id())
			.filter(ClinicianProfile::acceptingNewPatients)
			.ifPresent(p -> jdbc.openRequests(p.discipline())
				.stream()
				.filter(r -> !r.referredBy().equals(clinician.id()))
				.forEach(inbox::add));
		return inbox;
	}

	List<PacketItem> packet(Referral r) {
		return jdbc.items(r.id());
	}

	Map<UUID, List<PacketItem>> packets(List<Referral> referrals) {
		return jdbc.items(referrals.stream().map(Referral::id).toList());
	}

	List<JdbcReferrals.Transition> history(Referral r) {
		return jdbc.transitions(r.id());
	}

	/**
	 * The categories a clinician may put in a packet: those the patient shares with them.
	 */
	Set<DataCategory> includable(Actor clinician, PatientId patient) {
		Set<DataCategory> out = EnumSet.noneOf(DataCategory.class);
		for (DataCategory category : Packets.CARRIED) {
			if (policy.permits(clinician, patient, category)) {
				out.add(category);
			}
		}
		return out;
	}

	@Transactional
	Referral create(Actor referrer, PatientId patient, Draft draft) {
		String reason = draft.reason() == null ? "" : draft.reason().strip();
		if (reason.isEmpty() || reason.length() > REASON_MAX) {
			throw InvalidInputException.field("reason",
					"Give the reason for the referral in at most " + REASON_MAX + " characters.");
		}
		Set<DataCategory> proposed = categories(draft.categories(), includable(referrer, patient));
		AccountId to = null;
		Discipline discipline;
		if (draft.clinicianId() != null && !draft.clinicianId().isBlank()) {
			to = clinician(draft.clinicianId());
			if (to.equals(referrer.id())) {
				throw InvalidInputException.field("clinicianId", "You cannot refer a patient to yourself.");
			}
			if (team.isActiveMember(patient, to)) {
				throw InvalidInputException.field("clinicianId", "This clinician is already on the care team.");
			}
			discipline = team.profile(to).orElseThrow().discipline();
			if (draft.discipline() != null && !draft.discipline().isBlank()
					&& !discipline.code().equals(draft.discipline())) {
				throw InvalidInputException.field("discipline",
						"The clinician's discipline is " + discipline.code() + ", not " + draft.discipline() + ".");
			}
		}
		else if (draft.discipline() != null && !draft.discipline().isBlank()) {
			discipline = Discipline.fromCode(draft.discipline())
				.orElseThrow(() -> InvalidInputException.field("discipline", "Unknown discipline."));
		}
		else {
			throw InvalidInputException.field("discipline", "Refer to a discipline or to a clinician.");
		}
		AccountId target = to;
		Discipline wanted = discipline;
		boolean duplicate = jdbc.ofPatient(patient)
			.stream()
			.anyMatch(r -> r.state().open() && r.discipline() == wanted
					&& (target == null ? r.openRequest() : target.equals(r.toClinician())));
		if (duplicate) {
			throw new ConflictException("A referral to this " + (target == null ? "discipline" : "clinician")
					+ " is already in progress for this patient.");
		}
		Instant now = clock.instant();
		Referral referral = new Referral(UUID.randomUUID(), patient, referrer.id(), discipline, to, to == null, reason,
				proposed, null, ReferralState.DRAFT, null, null, now, now);
		jdbc.insert(referral);
		publish(referral, null, ReferralState.DRAFT, referrer, now);
		return referral;
	}

	/**
	 * Drafts a referral and asks the patient at once, with the same checks as the API;
	 * for demo content. The caller has passed the access policy to write the patient's
	 * {@code care-plan}.
	 */
	@Transactional
	public UUID draftAndAsk(Actor referrer, PatientId patient, Draft draft) {
		return submit(referrer, create(referrer, patient, draft)).id();
	}

	@Transactional
	Referral submit(Actor referrer, Referral r) {
		return move(r, Move.SUBMIT, referrer);
	}

	@Transactional
	Referral withdraw(Actor referrer, Referral r) {
		return move(r, Move.WITHDRAW, referrer);
	}

	/**
	 * What the packet would carry if the patient approved every category proposed today:
	 * the preview the patient reviews. Never more than the referrer may see now.
	 */
	List<PacketItem> preview(Referral r) {
		return Packets.compose(source(r.patient()), sendable(r, r.proposed()));
	}

	/**
	 * The patient approves some of the proposed categories; the packet is composed from
	 * those alone, frozen, and sent. A category the referrer can no longer see is left
	 * out rather than sent on their behalf.
	 */
	@Transactional
	Referral approve(Actor patient, Referral r, @Nullable List<String> codes) {
		if (codes == null) {
			throw InvalidInputException.field("categories",
					"Say which parts of your record may go, as a list (it may be empty).");
		}
		Set<DataCategory> chosen = EnumSet.noneOf(DataCategory.class);
		for (String code : codes) {
			DataCategory category = DataCategory.fromCode(code == null ? "" : code)
				.filter(r.proposed()::contains)
				.orElseThrow(() -> InvalidInputException.field("categories",
						"This referral does not propose to send \"" + code + "\"."));
			chosen.add(category);
		}
		Move.APPROVE.from(r.state());
		if (!team.isActiveMember(r.patient(), r.referredBy())) {
			throw new ConflictException(
					"The clinician who wrote this referral is no longer on the care team, so it cannot be sent.");
		}
		List<PacketItem> items = Packets.compose(source(r.patient()), sendable(r, chosen));
		Referral sent = move(r, Move.APPROVE, patient);
		jdbc.approved(r.id(), chosen);
		jdbc.insertItems(r.id(), items);
		return reload(sent);
	}

	@Transactional
	Referral declineByPatient(Actor patient, Referral r) {
		return move(r, Move.PATIENT_DECLINE, patient);
	}

	@Transactional
	Referral declineByReceiver(Actor receiver, Referral r, @Nullable String reason) {
		if (r.waitingForTaker()) {
			throw new ConflictException("An open request is not declined by one clinician: it stays open for "
					+ "colleagues of the discipline until one accepts it or the referrer withdraws it.");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > REASON_MAX) {
			throw InvalidInputException.field("reason", "Say briefly why you cannot accept, in at most " + REASON_MAX
					+ " characters, so the referrer can look for someone else.");
		}
		Referral declined = move(r, Move.DECLINE, receiver);
		jdbc.declineReason(r.id(), why);
		return reload(declined);
	}

	/**
	 * The receiving clinician accepts and joins the care team. A clinician the patient
	 * saw named when approving joins at once: approving a referral to a named person is
	 * the patient's yes to them. One who took an open request was never named to the
	 * patient, so they are suggested to the patient's team and join when the patient says
	 * yes on their team page; they read the approved packet meanwhile. Either way the
	 * sharing grants start from the defaults (care plan, home program, diary): the
	 * approved packet is a one-off snapshot, not an ongoing grant.
	 */
	@Transactional
	Referral accept(Actor receiver, Referral r) {
		Move.ACCEPT.from(r.state());
		boolean named = !r.openRequest();
		if (r.waitingForTaker() && !jdbc.takenBy(r.id(), receiver.id())) {
			throw new ConflictException("Another clinician has already accepted this open request.");
		}
		Referral accepted = move(r, Move.ACCEPT, receiver);
		join(r.patient(), receiver.id(), r.referredBy(), named);
		return reload(accepted);
	}

	@Transactional
	Referral complete(Actor receiver, Referral r, @Nullable String summary) {
		String text = summary == null ? "" : summary.strip();
		if (text.isEmpty() || text.length() > SUMMARY_MAX) {
			throw InvalidInputException.field("summary",
					"Write a summary for the team in at most " + SUMMARY_MAX + " characters.");
		}
		Referral completed = move(r, Move.COMPLETE, receiver);
		jdbc.summary(r.id(), text);
		return reload(completed);
	}

	/** Suggestions for this reader, from the current map and the active team. */
	List<ReferralSuggestions.Suggestion> suggestions(Actor reader, PatientId patient) {
		Set<Discipline> onTeam = team.members(patient)
			.stream()
			.filter(m -> m.status() == TeamStatus.ACTIVE)
			.map(TeamMember::discipline)
			.collect(Collectors.toSet());
		Set<DataCategory> readable = EnumSet.noneOf(DataCategory.class);
		for (DataCategory category : DataCategory.values()) {
			if (reader.owns(patient) || policy.permits(reader, patient, category)) {
				readable.add(category);
			}
		}
		return ReferralSuggestions.suggest(contributors.effective(patient), onTeam, readable);
	}

	/** Names and practices of the clinicians a list mentions, in one read. */
	Map<AccountId, Account> people(List<Referral> referrals) {
		Set<AccountId> ids = new LinkedHashSet<>();
		for (Referral r : referrals) {
			ids.add(r.referredBy());
			if (r.toClinician() != null) {
				ids.add(r.toClinician());
			}
		}
		return accounts.findAll(ids);
	}

	private Set<DataCategory> sendable(Referral r, Set<DataCategory> categories) {
		Actor referrer = accounts.find(r.referredBy())
			.map(Account::toActor)
			.orElseThrow(() -> new ConflictException("The referring clinician's account no longer exists."));
		Set<DataCategory> out = EnumSet.noneOf(DataCategory.class);
		for (DataCategory category : categories) {
			if (policy.permits(referrer, r.patient(), category)) {
				out.add(category);
			}
		}
		return out;
	}

	private Packets.Source source(PatientId patient) {
		PainProfile profile = contributors.painProfile(patient);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, DataCategory> categories = new java.util.HashMap<>();
		for (String instrument : Packets.INSTRUMENTS) {
			scores.category(instrument).ifPresent(c -> categories.put(instrument, c));
		}
		return new Packets.Source(profile, profile.isEmpty() ? "" : contributors.profileLine(profile, locale),
				contributors.effective(patient),
				scores.histories(List.of(patient), Packets.INSTRUMENTS).getOrDefault(patient, Map.of()), categories,
				plan.interventions(patient));
	}

	private void join(PatientId patient, AccountId clinician, AccountId referrer, boolean patientChoseThem) {
		Optional<TeamStatus> status = team.members(patient)
			.stream()
			.filter(m -> m.clinicianId().equals(clinician))
			.map(TeamMember::status)
			.findFirst();
		if (status.isPresent() && status.get() == TeamStatus.ACTIVE) {
			return;
		}
		if (status.isEmpty() || status.get() != TeamStatus.INVITED) {
			team.invite(patient, clinician, referrer);
		}
		if (patientChoseThem) {
			team.accept(patient, clinician);
		}
	}

	private Referral move(Referral r, Move move, Actor actor) {
		ReferralState to = move.from(r.state());
		Instant now = clock.instant();
		if (!jdbc.move(r.id(), move.from(), to, actor.id(), now)) {
			// Someone moved it first; say what it is now.
			move.from(jdbc.find(r.id()).map(Referral::state).orElse(r.state()));
			throw new ConflictException("This referral has just changed. Please reload it.");
		}
		publish(r, r.state(), to, actor, now);
		return reload(r);
	}

	private Referral reload(Referral r) {
		return jdbc.find(r.id()).orElseThrow();
	}

	private void publish(Referral r, @Nullable ReferralState from, ReferralState to, Actor actor, Instant at) {
		events.publishEvent(new ReferralStateChanged(r.id(), r.patient(), from == null ? null : from.code(), to.code(),
				actor.id(), at));
	}

	private AccountId clinician(String text) {
		AccountId id;
		try {
			id = AccountId.parse(text);
		}
		catch (NotFoundException ex) {
			throw InvalidInputException.field("clinicianId", "No clinician with this id.");
		}
		if (team.profile(id).isEmpty() || accounts.find(id)
			.filter(a -> a.enabled() && a.role() == org.cairn.identity.Role.CLINICIAN)
			.isEmpty()) {
			throw InvalidInputException.field("clinicianId", "No clinician with this id.");
		}
		return id;
	}

	private static Set<DataCategory> categories(@Nullable List<String> codes, Set<DataCategory> includable) {
		Set<DataCategory> out = EnumSet.noneOf(DataCategory.class);
		if (codes == null) {
			return out;
		}
		for (String code : codes) {
			DataCategory category = DataCategory.fromCode(code == null ? "" : code)
				.orElseThrow(() -> InvalidInputException.field("categories", "Unknown category \"" + code + "\"."));
			if (!Packets.CARRIED.contains(category)) {
				throw InvalidInputException.field("categories",
						"A referral packet cannot carry \"" + category.code() + "\".");
			}
			if (!includable.contains(category)) {
				throw InvalidInputException.field("categories",
						"The patient does not share \"" + category.code() + "\" with you, so you cannot include it.");
			}
			out.add(category);
		}
		return out;
	}

}
