package org.cairn.contributors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.cairn.assessment.Finding;
import org.cairn.consent.DataCategory;
import org.cairn.questionnaires.ConceptAnswer;

import static org.cairn.contributors.ContributorDomain.BLADDER;
import static org.cairn.contributors.ContributorDomain.BOWEL;
import static org.cairn.contributors.ContributorDomain.FEAR_AND_AVOIDANCE;
import static org.cairn.contributors.ContributorDomain.GYNECOLOGIC_CONDITION;
import static org.cairn.contributors.ContributorDomain.HORMONAL;
import static org.cairn.contributors.ContributorDomain.MOVEMENT_AND_POSTURE;
import static org.cairn.contributors.ContributorDomain.NERVOUS_SYSTEM_SENSITIZATION;
import static org.cairn.contributors.ContributorDomain.PELVIC_FLOOR_MUSCLE;
import static org.cairn.contributors.ContributorDomain.POSTPARTUM_RECOVERY;
import static org.cairn.contributors.ContributorDomain.RELATIONSHIP_AND_INTIMACY;
import static org.cairn.contributors.ContributorDomain.STRESS_AND_MOOD;
import static org.cairn.contributors.ContributorDomain.TRAUMA;
import static org.cairn.consent.DataCategory.BOWEL_BLADDER;
import static org.cairn.consent.DataCategory.EXAM_FINDINGS;
import static org.cairn.consent.DataCategory.MEDICAL_HISTORY;
import static org.cairn.consent.DataCategory.MENTAL_HEALTH;
import static org.cairn.consent.DataCategory.SEXUAL_FUNCTION;
import static org.cairn.consent.DataCategory.TRAUMA_HISTORY;

/**
 * The contributor map's rules, in one table a clinician can review against CLINICAL.md
 * section 3. Each indicator names its domain, the part of the record it reads, and what
 * makes it fire: an intake answer by concept code (3b), a score threshold, or a
 * clinician's finding (codes of {@code org.cairn.assessment}).
 * <p>
 * A domain is {@code likely} with two or more indicators, or one strong indicator (a
 * confirmed diagnosis, or a clinician's finding); {@code possible} with one;
 * {@code not-indicated} when it was asked about and nothing fired; {@code unknown} when
 * nothing about it was asked or every answer was "prefer not to say". A declined answer
 * is never read as "no" (hazard C03).
 * <p>
 * Not derived yet: the ten Convergences PP criteria, which need items the intake does not
 * ask; the single criteria it does ask (pain after, light touch, other regions, other
 * sensitivity conditions, fluctuation) are indicators of their own. Pure: no I/O.
 */
final class ContributorRules {

	/** One row of the table. */
	record Indicator(String id, ContributorDomain domain, DataCategory category, boolean strong,
			Function<Inputs, List<Evidence>> fire) {
	}

	// Filled while TABLE is built (so declared before it), so that what counts as "asked"
	// can never drift from what the rules read.
	private static final List<Map.Entry<String, ContributorDomain>> CONCEPTS_READ = new ArrayList<>();

	private static final List<Map.Entry<String, ContributorDomain>> INSTRUMENTS_READ = new ArrayList<>();

	/** Instruments whose latest total the rules read. */
	static final Set<String> INSTRUMENTS = Set.of("phq9", "gad7", "pcl5", "marinoff");

	// @formatter:off
	static final List<Indicator> TABLE = List.of(
		// Pelvic floor muscle
		coded("insertion-pain", PELVIC_FLOOR_MUSCLE, SEXUAL_FUNCTION, "pain-activities", "penetration", "tampon", "pelvic-exam"),
		yes("pain-sitting", PELVIC_FLOOR_MUSCLE, MEDICAL_HISTORY, "pain-sitting"),
		yes("pelvic-tightness", PELVIC_FLOOR_MUSCLE, MEDICAL_HISTORY, "pelvic-tightness"),
		yes("emptying-difficulty", PELVIC_FLOOR_MUSCLE, BOWEL_BLADDER, "emptying-difficulty"),
		finding("exam-raised-tone", PELVIC_FLOOR_MUSCLE, "pf-tone-raised"),
		finding("exam-poor-relaxation", PELVIC_FLOOR_MUSCLE, "pf-relaxation-poor"),
		finding("exam-tender-points", PELVIC_FLOOR_MUSCLE, "pf-tender-point"),
		marinoff(),
		// Nervous system sensitization
		atLeast("pain-lasts-after", NERVOUS_SYSTEM_SENSITIZATION, MEDICAL_HISTORY, "pain-after-hours", 1),
		yes("light-touch-pain", NERVOUS_SYSTEM_SENSITIZATION, MEDICAL_HISTORY, "pain-light-touch"),
		yes("pain-other-regions", NERVOUS_SYSTEM_SENSITIZATION, MEDICAL_HISTORY, "pain-other-regions"),
		coded("sensitivity-conditions", NERVOUS_SYSTEM_SENSITIZATION, MEDICAL_HISTORY, "sensitivity-conditions",
				"migraine", "fibromyalgia", "ibs", "jaw-pain", "chronic-fatigue"),
		yes("pain-fluctuates", NERVOUS_SYSTEM_SENSITIZATION, MEDICAL_HISTORY, "pain-fluctuates"),
		// Bladder
		yes("bladder-urgency", BLADDER, BOWEL_BLADDER, "bladder-urgency"),
		yes("bladder-frequency", BLADDER, BOWEL_BLADDER, "bladder-frequency"),
		yes("bladder-pain-filling", BLADDER, BOWEL_BLADDER, "bladder-pain-filling"),
		diagnosis("dx-interstitial-cystitis", BLADDER, BOWEL_BLADDER, "dx-interstitial-cystitis"),
		yes("recurrent-uti", BLADDER, BOWEL_BLADDER, "recurrent-uti"),
		// Bowel
		yes("bowel-constipation", BOWEL, BOWEL_BLADDER, "bowel-constipation"),
		yes("bowel-straining", BOWEL, BOWEL_BLADDER, "bowel-straining"),
		yes("bowel-pain", BOWEL, BOWEL_BLADDER, "bowel-pain"),
		diagnosis("dx-ibs", BOWEL, BOWEL_BLADDER, "dx-ibs"),
		diagnosis("dx-ibd", BOWEL, BOWEL_BLADDER, "dx-ibd"),
		// Hormonal
		birthWithin("recent-birth", HORMONAL, 12),
		yes("breastfeeding", HORMONAL, MEDICAL_HISTORY, "breastfeeding"),
		yes("perimenopause", HORMONAL, MEDICAL_HISTORY, "perimenopause"),
		yes("hormonal-contraception", HORMONAL, MEDICAL_HISTORY, "hormonal-contraception"),
		yes("estrogen-lowering-medication", HORMONAL, MEDICAL_HISTORY, "estrogen-lowering-medication"),
		yes("vaginal-dryness", HORMONAL, SEXUAL_FUNCTION, "vaginal-dryness"),
		// Gynecologic condition
		diagnosis("dx-endometriosis", GYNECOLOGIC_CONDITION, MEDICAL_HISTORY, "dx-endometriosis"),
		yes("suspected-endometriosis", GYNECOLOGIC_CONDITION, MEDICAL_HISTORY, "suspected-endometriosis"),
		coded("deep-pain", GYNECOLOGIC_CONDITION, SEXUAL_FUNCTION, "pain-location", "deep", "both"),
		yes("period-pain", GYNECOLOGIC_CONDITION, MEDICAL_HISTORY, "period-pain"),
		diagnosis("dx-vulvodynia", GYNECOLOGIC_CONDITION, MEDICAL_HISTORY, "dx-vulvodynia"),
		yes("vulvar-skin-condition", GYNECOLOGIC_CONDITION, MEDICAL_HISTORY, "vulvar-skin-condition"),
		yes("recurrent-yeast", GYNECOLOGIC_CONDITION, MEDICAL_HISTORY, "recurrent-yeast"),
		// Postpartum recovery
		birthWithin("birth-within-two-years", POSTPARTUM_RECOVERY, 24),
		yes("birth-tear", POSTPARTUM_RECOVERY, MEDICAL_HISTORY, "birth-tear"),
		yes("cesarean", POSTPARTUM_RECOVERY, MEDICAL_HISTORY, "cesarean"),
		yes("pain-since-birth", POSTPARTUM_RECOVERY, MEDICAL_HISTORY, "pain-since-birth"),
		finding("exam-scar-tenderness", POSTPARTUM_RECOVERY, "scar-tenderness"),
		// Movement and posture
		yes("hip-back-pain", MOVEMENT_AND_POSTURE, MEDICAL_HISTORY, "hip-back-pain"),
		yes("movement-pain", MOVEMENT_AND_POSTURE, MEDICAL_HISTORY, "movement-pain"),
		yes("breath-holding", MOVEMENT_AND_POSTURE, MEDICAL_HISTORY, "breath-holding"),
		finding("exam-breathing", MOVEMENT_AND_POSTURE, "breathing-pattern-altered"),
		finding("exam-abdominal-coordination", MOVEMENT_AND_POSTURE, "abdominal-coordination-poor"),
		finding("exam-posture", MOVEMENT_AND_POSTURE, "posture-finding"),
		finding("exam-movement", MOVEMENT_AND_POSTURE, "movement-finding"),
		finding("exam-pelvis", MOVEMENT_AND_POSTURE, "pelvis-finding"),
		finding("exam-spine", MOVEMENT_AND_POSTURE, "spine-finding"),
		finding("exam-hip", MOVEMENT_AND_POSTURE, "hip-finding"),
		finding("exam-feet", MOVEMENT_AND_POSTURE, "feet-finding"),
		finding("exam-fascial-tension", MOVEMENT_AND_POSTURE, "fascial-tension"),
		// Stress and mood
		score("phq9-moderate", STRESS_AND_MOOD, "phq9", 10),
		score("gad7-moderate", STRESS_AND_MOOD, "gad7", 10),
		atLeast("high-stress", STRESS_AND_MOOD, MENTAL_HEALTH, "stress-level", 7),
		// Fear and avoidance
		yes("anticipate-pain", FEAR_AND_AVOIDANCE, SEXUAL_FUNCTION, "anticipate-pain"),
		yes("avoid-intimacy", FEAR_AND_AVOIDANCE, SEXUAL_FUNCTION, "avoid-intimacy"),
		yes("bracing", FEAR_AND_AVOIDANCE, SEXUAL_FUNCTION, "bracing"),
		yes("something-wrong-with-me", FEAR_AND_AVOIDANCE, SEXUAL_FUNCTION, "something-wrong-with-me"),
		// Trauma: only ever read behind the patient's opt-in, and shown only with trauma-history shared
		yes("trauma-shared", TRAUMA, TRAUMA_HISTORY, "trauma-shared"),
		score("pcl5-follow-up", TRAUMA, "pcl5", 31),
		// Relationship and intimacy
		yes("partner-communication", RELATIONSHIP_AND_INTIMACY, SEXUAL_FUNCTION, "partner-communication-difficulty"),
		yes("relationship-strain", RELATIONSHIP_AND_INTIMACY, SEXUAL_FUNCTION, "relationship-strain"),
		yes("sex-off-table", RELATIONSHIP_AND_INTIMACY, SEXUAL_FUNCTION, "sex-off-table"));

	/**
	 * What counts as having asked about a domain: an answered concept (not declined), a
	 * score, or, for the domains an examination looks at, any finding at all.
	 */
	private static final Map<ContributorDomain, Asked> ASKED = asked();
	// @formatter:on

	record Asked(Set<String> concepts, Set<String> instruments, boolean byExamination) {
	}

	/**
	 * The part of the record a domain belongs to as a whole: a reader without it sees
	 * that the domain is shared with part of the team, never its status or reasons.
	 */
	static DataCategory homeCategory(ContributorDomain domain) {
		return switch (domain) {
			case TRAUMA -> TRAUMA_HISTORY;
			case STRESS_AND_MOOD -> MENTAL_HEALTH;
			case BLADDER, BOWEL -> BOWEL_BLADDER;
			case FEAR_AND_AVOIDANCE, RELATIONSHIP_AND_INTIMACY -> SEXUAL_FUNCTION;
			default -> MEDICAL_HISTORY;
		};
	}

	private ContributorRules() {
	}

	/** All twelve domains, in the order of {@link ContributorDomain}. */
	static List<DomainResult> evaluate(Inputs inputs) {
		Map<ContributorDomain, List<Evidence>> evidence = new EnumMap<>(ContributorDomain.class);
		Map<ContributorDomain, Boolean> strong = new EnumMap<>(ContributorDomain.class);
		Map<ContributorDomain, Set<String>> fired = new EnumMap<>(ContributorDomain.class);
		for (Indicator indicator : TABLE) {
			List<Evidence> found = indicator.fire().apply(inputs);
			if (!found.isEmpty()) {
				evidence.computeIfAbsent(indicator.domain(), d -> new ArrayList<>()).addAll(found);
				fired.computeIfAbsent(indicator.domain(), d -> new LinkedHashSet<>()).add(indicator.id());
				strong.merge(indicator.domain(), indicator.strong(), Boolean::logicalOr);
			}
		}
		List<DomainResult> results = new ArrayList<>();
		for (ContributorDomain domain : ContributorDomain.values()) {
			List<Evidence> reasons = evidence.getOrDefault(domain, List.of());
			DomainStatus status;
			if (!reasons.isEmpty()) {
				boolean likely = strong.getOrDefault(domain, false) || fired.get(domain).size() >= 2;
				status = likely ? DomainStatus.LIKELY : DomainStatus.POSSIBLE;
			}
			else {
				status = wasAsked(domain, inputs) ? DomainStatus.NOT_INDICATED : DomainStatus.UNKNOWN;
			}
			results.add(new DomainResult(domain, status, reasons));
		}
		return results;
	}

	private static boolean wasAsked(ContributorDomain domain, Inputs inputs) {
		Asked asked = ASKED.get(domain);
		return asked.concepts().stream().anyMatch(c -> inputs.answer(c).answered())
				|| asked.instruments().stream().anyMatch(i -> inputs.score(i).isPresent())
				|| (asked.byExamination() && !inputs.findings().isEmpty());
	}

	private static Map<ContributorDomain, Asked> asked() {
		Map<ContributorDomain, Set<String>> concepts = new EnumMap<>(ContributorDomain.class);
		Map<ContributorDomain, Set<String>> instruments = new EnumMap<>(ContributorDomain.class);
		for (ContributorDomain domain : ContributorDomain.values()) {
			concepts.put(domain, new LinkedHashSet<>());
			instruments.put(domain, new LinkedHashSet<>());
		}
		CONCEPTS_READ.forEach(read -> concepts.get(read.getValue()).add(read.getKey()));
		INSTRUMENTS_READ.forEach(read -> instruments.get(read.getValue()).add(read.getKey()));
		// Saying there is no partner answers the relationship questions.
		concepts.get(RELATIONSHIP_AND_INTIMACY).add("has-partner");
		Map<ContributorDomain, Asked> asked = new EnumMap<>(ContributorDomain.class);
		for (ContributorDomain domain : ContributorDomain.values()) {
			boolean exam = domain == PELVIC_FLOOR_MUSCLE || domain == MOVEMENT_AND_POSTURE;
			asked.put(domain, new Asked(Set.copyOf(concepts.get(domain)), Set.copyOf(instruments.get(domain)), exam));
		}
		return asked;
	}

	private static Indicator yes(String id, ContributorDomain domain, DataCategory category, String concept) {
		reads(concept, domain);
		return new Indicator(id, domain, category, false, answered(id, category, concept, ConceptAnswer::yes));
	}

	/** A diagnosis the patient reports is a confirmed one: strong on its own. */
	private static Indicator diagnosis(String id, ContributorDomain domain, DataCategory category, String concept) {
		reads(concept, domain);
		return new Indicator(id, domain, category, true, answered(id, category, concept, ConceptAnswer::yes));
	}

	private static Indicator coded(String id, ContributorDomain domain, DataCategory category, String concept,
			String... codes) {
		reads(concept, domain);
		return new Indicator(id, domain, category, false,
				answered(id, category, concept, answer -> java.util.Arrays.stream(codes).anyMatch(answer::has)));
	}

	private static Indicator atLeast(String id, ContributorDomain domain, DataCategory category, String concept,
			int threshold) {
		reads(concept, domain);
		return new Indicator(id, domain, category, false,
				inputs -> inputs.answer(concept)
					.integer()
					.filter(value -> value >= threshold)
					.map(value -> List.of(new Evidence(id, "answer:" + concept, category, List.of(value))))
					.orElse(List.of()));
	}

	private static Indicator birthWithin(String id, ContributorDomain domain, int months) {
		reads("months-since-birth", domain);
		reads("given-birth", domain);
		return new Indicator(id, domain, MEDICAL_HISTORY, false, inputs -> {
			if (!inputs.answer("given-birth").yes()) {
				return List.of();
			}
			return inputs.answer("months-since-birth")
				.integer()
				.filter(m -> m <= months)
				.map(m -> List.of(new Evidence(id, "answer:months-since-birth", MEDICAL_HISTORY, List.of(m))))
				.orElse(List.of());
		});
	}

	private static Indicator score(String id, ContributorDomain domain, String instrument, int threshold) {
		INSTRUMENTS_READ.add(Map.entry(instrument, domain));
		DataCategory category = domain == TRAUMA ? TRAUMA_HISTORY : MENTAL_HEALTH;
		return new Indicator(id, domain, category, false,
				inputs -> inputs.score(instrument)
					.filter(total -> total.compareTo(BigDecimal.valueOf(threshold)) >= 0)
					.map(total -> List.of(new Evidence(id, "score:" + instrument, category,
							List.of(total.stripTrailingZeros().toPlainString(), threshold))))
					.orElse(List.of()));
	}

	/** A clinician's finding is strong on its own: one finding makes a domain likely. */
	private static Indicator finding(String id, ContributorDomain domain, String code) {
		return new Indicator(id, domain, EXAM_FINDINGS, true, inputs -> {
			List<Finding> found = inputs.findings(code);
			if (found.isEmpty()) {
				return List.of();
			}
			List<Object> args = new ArrayList<>();
			args.add(found.stream().map(Finding::text).distinct().reduce((a, b) -> a + "; " + b).orElse(""));
			args.add(found.stream().anyMatch(Finding::internal));
			return List.of(new Evidence(id, "finding:" + code, EXAM_FINDINGS, args));
		});
	}

	/**
	 * Marinoff grade 2 or more, from the examination form or the clinician-rated
	 * instrument, whichever is newer is what the clinician last said.
	 */
	private static Indicator marinoff() {
		INSTRUMENTS_READ.add(Map.entry("marinoff", PELVIC_FLOOR_MUSCLE));
		return new Indicator("marinoff-two-or-more", PELVIC_FLOOR_MUSCLE, EXAM_FINDINGS, true, inputs -> {
			Integer grade = inputs.findings("marinoff")
				.stream()
				.filter(f -> f.value() != null)
				.max(java.util.Comparator.comparing(Finding::recordedAt))
				.map(Finding::value)
				.orElseGet(() -> inputs.score("marinoff").map(BigDecimal::intValue).orElse(null));
			if (grade == null || grade < 2) {
				return List.of();
			}
			return List.of(new Evidence("marinoff-two-or-more", "finding:marinoff", EXAM_FINDINGS, List.of(grade)));
		});
	}

	private static Function<Inputs, List<Evidence>> answered(String id, DataCategory category, String concept,
			java.util.function.Predicate<ConceptAnswer> test) {
		return inputs -> test.test(inputs.answer(concept))
				? List.of(new Evidence(id, "answer:" + concept, category, List.of())) : List.of();
	}

	private static void reads(String concept, ContributorDomain domain) {
		CONCEPTS_READ.add(Map.entry(concept, domain));
	}

}
