package org.cairn.referrals;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairn.careplan.Intervention;
import org.cairn.consent.DataCategory;
import org.cairn.contributors.ContributorDomain;
import org.cairn.contributors.ContributorSummary;
import org.cairn.contributors.DomainStatus;
import org.cairn.contributors.PainProfile;
import org.cairn.questionnaires.ScorePoint;
import org.jspecify.annotations.Nullable;

/**
 * Composes a referral packet from what the record holds, keeping only the categories
 * given. Pure: the caller reads the record (through the access policy) and decides the
 * categories; every item is put in exactly one category, so a category left out leaves
 * out everything it covers.
 * <p>
 * Which category each part belongs to:
 * <ul>
 * <li>the pain profile: {@code medical-history}, as the contributor map files it (it is
 * derived from the intake's pain questions);</li>
 * <li>each contributor area's status: the area's own category,
 * {@link ContributorSummary#visibleTo} (bowel and bladder areas in {@code bowel-bladder},
 * stress and mood in {@code mental-health}, trauma in {@code trauma-history}, fear and
 * relationship in {@code sexual-function}, the others in {@code medical-history});</li>
 * <li>each measure's scores: the instrument's own category as the questionnaires module
 * records it (PHQ-9, GAD-7 and PCL-5 in {@code mental-health}, FSFI in
 * {@code sexual-function}, PFDI-20 in {@code bowel-bladder}, pain ratings and PEG in
 * {@code medical-history}, the clinician-rated Marinoff grade in {@code exam-findings});
 * an instrument whose category is unknown is left out;</li>
 * <li>the care plan's active interventions: {@code care-plan}.</li>
 * </ul>
 * Areas carry their status only, never the answers behind it; an area not asked about
 * ({@code unknown}) is left out.
 */
final class Packets {

	/** The parts of the record a packet can carry. */
	static final Set<DataCategory> CARRIED = EnumSet.of(DataCategory.MEDICAL_HISTORY, DataCategory.SEXUAL_FUNCTION,
			DataCategory.BOWEL_BLADDER, DataCategory.TRAUMA_HISTORY, DataCategory.MENTAL_HEALTH,
			DataCategory.EXAM_FINDINGS, DataCategory.CARE_PLAN);

	/** The shipped measures whose trends a packet carries, in the order shown. */
	static final List<String> INSTRUMENTS = List.of("nrs-pain", "peg", "fsfi", "pfdi20", "phq9", "gad7", "pcl5",
			"marinoff");

	private Packets() {
	}

	/**
	 * What the record holds today, read by the caller.
	 *
	 * @param profileLine the pain profile in one clinical line
	 * @param scoreCategories each instrument's data category, where known
	 */
	record Source(PainProfile profile, String profileLine, Map<ContributorDomain, DomainStatus> areas,
			Map<String, List<ScorePoint>> scores, Map<String, DataCategory> scoreCategories,
			List<Intervention> interventions) {
	}

	static List<PacketItem> compose(Source source, Collection<DataCategory> included) {
		Set<DataCategory> keep = included.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(included);
		keep.retainAll(CARRIED);
		List<PacketItem> items = new ArrayList<>();
		if (keep.contains(DataCategory.MEDICAL_HISTORY) && !source.profile().isEmpty()) {
			items.add(painProfile(source.profile(), source.profileLine()));
		}
		for (ContributorDomain domain : ContributorDomain.values()) {
			DomainStatus status = source.areas().get(domain);
			DataCategory category = ContributorSummary.visibleTo(domain);
			if (status == null || status == DomainStatus.UNKNOWN || !keep.contains(category)) {
				continue;
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("domain", domain.code());
			body.put("status", status.code());
			items.add(new PacketItem(category, "area", body));
		}
		for (String instrument : INSTRUMENTS) {
			List<ScorePoint> points = source.scores().getOrDefault(instrument, List.of());
			DataCategory category = source.scoreCategories().get(instrument);
			if (points.isEmpty() || category == null || !keep.contains(category)) {
				continue;
			}
			items.add(scores(category, instrument, points));
		}
		if (keep.contains(DataCategory.CARE_PLAN)) {
			items.add(plan(source.interventions()));
		}
		return List.copyOf(items);
	}

	private static PacketItem painProfile(PainProfile profile, String line) {
		Map<String, Object> body = new LinkedHashMap<>();
		putIfPresent(body, "location", profile.location());
		putIfPresent(body, "provocation", profile.provocation());
		putIfPresent(body, "onset", profile.onset());
		putIfPresent(body, "temporalPattern", profile.temporalPattern());
		body.put("qualities", List.copyOf(profile.qualities()));
		body.put("activities", List.copyOf(profile.activities()));
		body.put("summary", line);
		return new PacketItem(DataCategory.MEDICAL_HISTORY, "pain-profile", body);
	}

	private static PacketItem scores(DataCategory category, String instrument, List<ScorePoint> points) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ScorePoint point : points) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("date", point.authored().atOffset(ZoneOffset.UTC).toLocalDate().toString());
			// An FSFI response with a domain of all zeros records no activity: never a
			// number on the scale (hazards H02, H34).
			boolean noActivity = point.domains().values().stream().anyMatch(d -> d.noActivity());
			row.put("noActivity", noActivity);
			if (!noActivity && point.total() != null) {
				row.put("total", point.total().stripTrailingZeros().toPlainString());
			}
			if (!noActivity && point.band() != null) {
				row.put("band", point.band());
			}
			rows.add(row);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("instrument", instrument);
		body.put("points", rows);
		return new PacketItem(category, "scores", body);
	}

	private static PacketItem plan(List<Intervention> interventions) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Intervention intervention : interventions) {
			if (!intervention.active()) {
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("discipline", intervention.discipline().code());
			row.put("title", intervention.title());
			row.put("frequency", intervention.frequency());
			row.put("domains", intervention.domains().stream().map(ContributorDomain::code).sorted().toList());
			rows.add(row);
		}
		// An empty list says "no plan yet" rather than leaving the part out.
		return new PacketItem(DataCategory.CARE_PLAN, "plan", Map.of("interventions", rows));
	}

	private static void putIfPresent(Map<String, Object> body, String key, @Nullable String value) {
		if (value != null) {
			body.put(key, value);
		}
	}

}
