package org.cairn.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cairn.consent.DataCategory;
import org.cairn.platform.AccountId;
import org.cairn.platform.PatientId;
import org.cairn.platform.Timestamps;
import org.cairn.team.Discipline;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referral SQL, in one place. Packet items are JSON text, written once. */
@Repository
class JdbcReferrals {

	private static final TypeReference<Map<String, Object>> BODY = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcReferrals(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Referral r) {
		jdbc.sql("""
				insert into referrals_referral (id, patient_id, referred_by, discipline, to_clinician, open_request,
				       reason, proposed_categories, approved_categories, state, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)
				""")
			.params(r.id(), r.patient().value(), r.referredBy().value(), r.discipline().code(),
					r.toClinician() == null ? null : r.toClinician().value(), r.openRequest(), r.reason(),
					codes(r.proposed()), r.state().name(), Timestamps.utc(r.createdAt()), Timestamps.utc(r.updatedAt()))
			.update();
		transition(r.id(), null, r.state(), r.referredBy(), r.createdAt());
	}

	Optional<Referral> find(UUID id) {
		return jdbc.sql("select * from referrals_referral where id = ?")
			.param(id)
			.query(JdbcReferrals::referral)
			.optional();
	}

	List<Referral> ofPatient(PatientId patient) {
		return jdbc.sql("select * from referrals_referral where patient_id = ? order by created_at desc")
			.param(patient.value())
			.query(JdbcReferrals::referral)
			.list();
	}

	List<Referral> byReferrer(AccountId clinician) {
		return jdbc.sql("select * from referrals_referral where referred_by = ? order by created_at desc")
			.param(clinician.value())
			.query(JdbcReferrals::referral)
			.list();
	}

	/** Referrals whose packet was delivered to this clinician. */
	List<Referral> addressedTo(AccountId clinician) {
		return jdbc.sql("""
				select * from referrals_referral
				where to_clinician = ? and state in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED')
				order by updated_at desc
				""").param(clinician.value()).query(JdbcReferrals::referral).list();
	}

	/** Open requests to a discipline that no clinician has taken yet. */
	List<Referral> openRequests(Discipline discipline) {
		return jdbc.sql("""
				select * from referrals_referral
				where open_request = true and to_clinician is null and state = 'SENT' and discipline = ?
				order by updated_at desc
				""").param(discipline.code()).query(JdbcReferrals::referral).list();
	}

	/**
	 * Moves a referral from one of {@code from} to {@code to}, and records who did it;
	 * false when it was in none of them (someone else moved it first).
	 */
	boolean move(UUID id, Set<ReferralState> from, ReferralState to, AccountId actor, Instant at) {
		Optional<ReferralState> before = find(id).map(Referral::state);
		boolean moved = jdbc.sql("""
				update referrals_referral set state = :to, updated_at = :at
				where id = :id and state in (:from)
				""")
			.param("to", to.name())
			.param("at", Timestamps.utc(at))
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
		if (moved) {
			transition(id, before.orElse(null), to, actor, at);
		}
		return moved;
	}

	void approved(UUID id, Set<DataCategory> categories) {
		jdbc.sql("update referrals_referral set approved_categories = ? where id = ?")
			.params(codes(categories), id)
			.update();
	}

	/** An open request taken by a clinician; false when someone else took it first. */
	boolean takenBy(UUID id, AccountId clinician) {
		return jdbc.sql("update referrals_referral set to_clinician = ? where id = ? and to_clinician is null")
			.params(clinician.value(), id)
			.update() == 1;
	}

	void declineReason(UUID id, @Nullable String reason) {
		jdbc.sql("update referrals_referral set decline_reason = ? where id = ?").params(reason, id).update();
	}

	void summary(UUID id, String summary) {
		jdbc.sql("update referrals_referral set summary = ? where id = ?").params(summary, id).update();
	}

	void insertItems(UUID referral, List<PacketItem> items) {
		int position = 0;
		for (PacketItem item : items) {
			jdbc.sql("""
					insert into referrals_packet_item (id, referral_id, position, category, kind, body)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(UUID.randomUUID(), referral, position++, item.category().code(), item.kind(),
						json.writeValueAsString(item.body()))
				.update();
		}
	}

	List<PacketItem> items(UUID referral) {
		return jdbc
			.sql("select category, kind, body from referrals_packet_item where referral_id = ? order by position")
			.param(referral)
			.query((rs, n) -> new PacketItem(DataCategory.fromCode(rs.getString("category")).orElseThrow(),
					rs.getString("kind"), json.readValue(rs.getString("body"), BODY)))
			.list();
	}

	/** Packet items of many referrals in one query: referral → items in order. */
	Map<UUID, List<PacketItem>> items(Collection<UUID> referrals) {
		Map<UUID, List<PacketItem>> all = new LinkedHashMap<>();
		if (referrals.isEmpty()) {
			return all;
		}
		jdbc.sql("""
				select referral_id, category, kind, body from referrals_packet_item
				where referral_id in (:ids) order by referral_id, position
				""").param("ids", List.copyOf(referrals)).query(rs -> {
			all.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(new PacketItem(DataCategory.fromCode(rs.getString("category")).orElseThrow(), rs.getString("kind"),
						json.readValue(rs.getString("body"), BODY)));
		});
		return all;
	}

	record Transition(@Nullable ReferralState from, ReferralState to, AccountId actor, Instant at) {
	}

	List<Transition> transitions(UUID referral) {
		return jdbc.sql("select * from referrals_transition where referral_id = ? order by at, to_state")
			.param(referral)
			.query((rs, n) -> new Transition(
					rs.getString("from_state") == null ? null : ReferralState.valueOf(rs.getString("from_state")),
					ReferralState.valueOf(rs.getString("to_state")),
					new AccountId(rs.getObject("actor_id", UUID.class)), Timestamps.instant(rs, "at")))
			.list();
	}

	private void transition(UUID referral, @Nullable ReferralState from, ReferralState to, AccountId actor,
			Instant at) {
		jdbc.sql("""
				insert into referrals_transition (id, referral_id, from_state, to_state, actor_id, at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), referral, from == null ? null : from.name(), to.name(), actor.value(),
					Timestamps.utc(at))
			.update();
	}

	private static String codes(Set<DataCategory> categories) {
		return categories.stream().map(DataCategory::code).collect(Collectors.joining(","));
	}

	private static Set<DataCategory> categories(@Nullable String codes) {
		Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
		if (codes != null && !codes.isBlank()) {
			Arrays.stream(codes.split(",")).map(DataCategory::fromCode).flatMap(Optional::stream).forEach(set::add);
		}
		return set;
	}

	private static Referral referral(ResultSet rs, int row) throws SQLException {
		UUID to = rs.getObject("to_clinician", UUID.class);
		String approved = rs.getString("approved_categories");
		return new Referral(rs.getObject("id", UUID.class), new PatientId(rs.getObject("patient_id", UUID.class)),
				new AccountId(rs.getObject("referred_by", UUID.class)),
				Discipline.fromCode(rs.getString("discipline")).orElseThrow(), to == null ? null : new AccountId(to),
				rs.getBoolean("open_request"), rs.getString("reason"), categories(rs.getString("proposed_categories")),
				approved == null ? null : categories(approved), ReferralState.valueOf(rs.getString("state")),
				rs.getString("decline_reason"), rs.getString("summary"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "updated_at"));
	}

}
