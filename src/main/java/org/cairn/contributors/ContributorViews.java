package org.cairn.contributors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;
import org.cairn.team.CareTeam;
import org.cairn.team.Discipline;
import org.cairn.team.TeamMember;
import org.cairn.team.TeamStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The map as one reader may see it: the patient sees every reason in their own words; a
 * team member sees reasons only from the parts of the record the patient shares with
 * them, in clinical words. A domain whose own category is not shared (trauma without
 * trauma history, for example) shows no status, no reasons and no count: only that it is
 * shared with part of the team (hazard C02).
 */
@Component
class ContributorViews {

	private final AccessPolicy policy;

	private final CareTeam team;

	private final MessageSource messages;

	ContributorViews(AccessPolicy policy, CareTeam team, MessageSource messages) {
		this.policy = policy;
		this.team = team;
		this.messages = messages;
	}

	record Reason(String source, String text) {
	}

	/**
	 * @param status the derived status; null when restricted
	 * @param hiddenReasons reasons from categories the reader may not see
	 * @param covered whether an active team member's discipline can help with it
	 */
	record DomainView(ContributorDomain domain, boolean restricted, @Nullable DomainStatus status,
			@Nullable DomainStatus effective, List<Reason> reasons, int hiddenReasons, List<Discipline> disciplines,
			@Nullable Review view, boolean covered) {

		public String code() {
			return domain.code();
		}

		public boolean indicated() {
			return effective != null && effective.indicated();
		}

	}

	List<DomainView> domains(Actor reader, PatientId patient, ContributorMaps.Current current, Locale locale) {
		boolean patientView = reader.owns(patient);
		Map<DataCategory, Boolean> permitted = new EnumMap<>(DataCategory.class);
		Set<Discipline> onTeam = team.members(patient)
			.stream()
			.filter(m -> m.status() == TeamStatus.ACTIVE)
			.map(TeamMember::discipline)
			.collect(Collectors.toSet());
		Map<ContributorDomain, Review> views = current.views();
		List<DomainView> out = new ArrayList<>();
		for (DomainResult result : current.derived()) {
			ContributorDomain domain = result.domain();
			boolean covered = domain.disciplines().stream().anyMatch(onTeam::contains);
			if (!patientView && !permits(reader, patient, ContributorRules.homeCategory(domain), permitted)) {
				out.add(new DomainView(domain, true, null, null, List.of(), 0, domain.disciplines(), null, covered));
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			int hidden = 0;
			for (Evidence evidence : result.evidence()) {
				if (patientView || permits(reader, patient, evidence.category(), permitted)) {
					reasons.add(new Reason(evidence.source(), text(evidence, patientView, locale)));
				}
				else {
					hidden++;
				}
			}
			Review view = views.get(domain);
			DomainStatus effective = view == null ? result.status() : view.view().effect();
			out.add(new DomainView(domain, false, result.status(), effective, reasons, hidden, domain.disciplines(),
					view, covered));
		}
		return out;
	}

	/**
	 * Whether this reader may see the pain profile (it comes from the medical history).
	 */
	boolean seesPainProfile(Actor reader, PatientId patient) {
		return reader.owns(patient) || policy.permits(reader, patient, DataCategory.MEDICAL_HISTORY);
	}

	/**
	 * One line a clinician reads at a glance, e.g. "Provoked, superficial, secondary
	 * dyspareunia; burning, sharp; persists after the activity; with penetration, tampon
	 * use".
	 */
	String profileLine(PainProfile profile, Locale locale) {
		if (profile.isEmpty()) {
			return word("contributors.profile.empty", locale);
		}
		List<String> parts = new ArrayList<>();
		List<String> head = new ArrayList<>();
		if (profile.provocation() != null) {
			head.add(word("contributors.profile.provocation." + profile.provocation(), locale));
		}
		if (profile.location() != null) {
			head.add(word("contributors.profile.location." + profile.location(), locale));
		}
		if (profile.onset() != null) {
			head.add(word("contributors.profile.onset." + profile.onset(), locale));
		}
		if (!head.isEmpty()) {
			boolean sexual = profile.activities().contains("penetration");
			parts.add(String.join(", ", head) + (sexual ? " " + word("contributors.profile.dyspareunia", locale) : ""));
		}
		if (!profile.qualities().isEmpty()) {
			parts.add(profile.qualities()
				.stream()
				.map(q -> word("contributors.profile.quality." + q, locale))
				.collect(Collectors.joining(", ")));
		}
		if (profile.temporalPattern() != null) {
			parts.add(word("contributors.profile.temporal." + profile.temporalPattern(), locale));
		}
		if (!profile.activities().isEmpty()) {
			parts.add(messages.getMessage("contributors.profile.with",
					new Object[] { profile.activities()
						.stream()
						.map(a -> word("contributors.profile.activity." + a, locale))
						.collect(Collectors.joining(", ")) },
					locale));
		}
		String line = String.join("; ", parts);
		return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
	}

	String text(Evidence evidence, boolean patient, Locale locale) {
		Object[] args = evidence.args().toArray();
		if (!patient && evidence.source().startsWith("finding:") && args.length == 2) {
			// A finding's own summary, and whether it came from an internal examination.
			args = new Object[] { args[0] + ", " + word(
					Boolean.TRUE.equals(args[1]) ? "contributors.why.internal" : "contributors.why.external", locale) };
		}
		String key = "contributors.why." + evidence.indicator() + (patient ? ".patient" : ".clinician");
		return messages.getMessage(key, args, locale);
	}

	private boolean permits(Actor reader, PatientId patient, DataCategory category, Map<DataCategory, Boolean> cache) {
		return cache.computeIfAbsent(category, c -> policy.permits(reader, patient, c));
	}

	private String word(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
