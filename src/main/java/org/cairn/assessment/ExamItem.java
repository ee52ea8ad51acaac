package org.cairn.assessment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structured examination form's vocabulary, in one place: each item a pelvic floor
 * physical therapist examines, how it may be examined (external, internal), what it
 * records (one result of a list, a point on a scale, or clock positions), and the finding
 * code each result becomes for the contributor map.
 * <p>
 * The codes that contributor rules read are fixed ({@code pf-tone-raised},
 * {@code pf-relaxation-poor}, {@code pf-tender-point}, {@code scar-tenderness},
 * {@code breathing-pattern-altered}, {@code abdominal-coordination-poor},
 * {@code posture-finding}, {@code movement-finding}, {@code pelvis-finding},
 * {@code spine-finding}, {@code hip-finding}, {@code feet-finding},
 * {@code fascial-tension}, {@code marinoff}). A typical result is recorded with a code of
 * its own that no rule reads, so that "examined, nothing found" is kept and lets the map
 * say "not indicated" instead of "unknown".
 * <p>
 * Clinical sources for the scales: the Modified Oxford Scale (Laycock) grades a voluntary
 * pelvic floor contraction 0 (none) to 5 (strong); tender points are placed on a clock
 * face with 12 o'clock towards the pubic bone and 6 towards the anus; the Marinoff
 * dyspareunia grade runs 0 to 3 (CLINICAL.md section 5).
 */
enum ExamItem {

	// @formatter:off
	BREATHING_PATTERN("breathing-pattern", Section.BREATHING, EnumSet.of(Route.EXTERNAL), List.of(
			typical("diaphragmatic", "breathing-pattern-typical"),
			notable("chest", "breathing-pattern-altered"),
			notable("breath-holding", "breathing-pattern-altered"),
			notable("paradoxical", "breathing-pattern-altered"))),
	ABDOMINAL_COORDINATION("abdominal-coordination", Section.BREATHING, EnumSet.of(Route.EXTERNAL), List.of(
			typical("coordinated", "abdominal-coordination-typical"),
			notable("bracing", "abdominal-coordination-poor"),
			notable("poor", "abdominal-coordination-poor"))),
	POSTURE("posture", Section.MOVEMENT, EnumSet.of(Route.EXTERNAL), typicalOr("posture")),
	MOVEMENT_UNLOADED("movement-unloaded", Section.MOVEMENT, EnumSet.of(Route.EXTERNAL), typicalOr("movement")),
	MOVEMENT_LOADED("movement-loaded", Section.MOVEMENT, EnumSet.of(Route.EXTERNAL), typicalOr("movement")),
	PELVIS("pelvis", Section.BODY, EnumSet.of(Route.EXTERNAL), typicalOr("pelvis")),
	SPINE("spine", Section.BODY, EnumSet.of(Route.EXTERNAL), typicalOr("spine")),
	HIPS("hips", Section.BODY, EnumSet.of(Route.EXTERNAL), typicalOr("hip")),
	FEET("feet", Section.BODY, EnumSet.of(Route.EXTERNAL), typicalOr("feet")),
	FASCIAL_TENSION("fascial-tension", Section.TISSUE, EnumSet.allOf(Route.class), List.of(
			typical("typical", "fascial-tension-typical"),
			notable("raised", "fascial-tension"))),
	SCAR("scar", Section.TISSUE, EnumSet.allOf(Route.class), List.of(
			typical("not-tender", "scar-not-tender"),
			notable("tender", "scar-tenderness"))),
	PF_TONE("pf-tone", Section.PELVIC_FLOOR, EnumSet.allOf(Route.class), List.of(
			notable("low", "pf-tone-low"),
			typical("typical", "pf-tone-typical"),
			notable("raised", "pf-tone-raised"))),
	PF_RELAXATION("pf-relaxation", Section.PELVIC_FLOOR, EnumSet.allOf(Route.class), List.of(
			typical("full", "pf-relaxation-full"),
			notable("partial", "pf-relaxation-poor"),
			notable("absent", "pf-relaxation-poor"))),
	PF_COORDINATION("pf-coordination", Section.PELVIC_FLOOR, EnumSet.allOf(Route.class), List.of(
			typical("coordinated", "pf-coordination-typical"),
			notable("uncoordinated", "pf-coordination-poor"))),
	/** Modified Oxford Scale, graded by internal palpation. */
	PF_STRENGTH("pf-strength", Section.PELVIC_FLOOR, EnumSet.of(Route.INTERNAL), 0, 5),
	/** Clock positions 1 to 12; none tender is recorded too. */
	PF_TENDER_POINTS("pf-tender-points", Section.PELVIC_FLOOR, EnumSet.allOf(Route.class)),
	/** Marinoff dyspareunia grade, rated by the clinician from the history. */
	MARINOFF("marinoff", Section.GRADE, EnumSet.of(Route.EXTERNAL), 0, 3);
	// @formatter:on

	/** Where an item sits on the form. */
	enum Section {

		BREATHING, MOVEMENT, BODY, TISSUE, PELVIC_FLOOR, GRADE

	}

	enum Kind {

		CHOICE, SCALE, POINTS

	}

	/**
	 * One answer of a choice item and the finding code it becomes.
	 *
	 * @param typical an unremarkable result: its code never fires a contributor rule
	 */
	record Result(String code, String findingCode, boolean typical) {
	}

	static final String TENDER_POINT = "pf-tender-point";

	static final String NO_TENDER_POINT = "pf-tender-point-none";

	static final int CLOCK_MIN = 1;

	static final int CLOCK_MAX = 12;

	private final String code;

	private final Section section;

	private final Set<Route> routes;

	private final Kind kind;

	private final List<Result> results;

	private final int min;

	private final int max;

	ExamItem(String code, Section section, Set<Route> routes, List<Result> results) {
		this(code, section, routes, Kind.CHOICE, results, 0, 0);
	}

	ExamItem(String code, Section section, Set<Route> routes, int min, int max) {
		this(code, section, routes, Kind.SCALE, List.of(), min, max);
	}

	ExamItem(String code, Section section, Set<Route> routes) {
		this(code, section, routes, Kind.POINTS, List.of(), CLOCK_MIN, CLOCK_MAX);
	}

	ExamItem(String code, Section section, Set<Route> routes, Kind kind, List<Result> results, int min, int max) {
		this.code = code;
		this.section = section;
		this.routes = Set.copyOf(routes);
		this.kind = kind;
		this.results = List.copyOf(results);
		this.min = min;
		this.max = max;
	}

	public String code() {
		return code;
	}

	Section section() {
		return section;
	}

	Set<Route> routes() {
		return routes;
	}

	boolean allows(Route route) {
		return routes.contains(route);
	}

	public Kind kind() {
		return kind;
	}

	List<Result> results() {
		return results;
	}

	List<String> resultCodes() {
		return results.stream().map(Result::code).toList();
	}

	Optional<Result> result(String resultCode) {
		return results.stream().filter(r -> r.code().equals(resultCode)).findFirst();
	}

	int min() {
		return min;
	}

	int max() {
		return max;
	}

	/** The finding code of a scale item (its value is the grade). */
	String scaleCode() {
		return code;
	}

	static Optional<ExamItem> fromCode(String code) {
		return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
	}

	/** Items in form order that can be examined by this route. */
	static List<ExamItem> examinedBy(Route route) {
		return Arrays.stream(values()).filter(i -> i.allows(route)).toList();
	}

	private static Result typical(String code, String findingCode) {
		return new Result(code, findingCode, true);
	}

	private static Result notable(String code, String findingCode) {
		return new Result(code, findingCode, false);
	}

	/** "Typical" or "a finding", for the regions a clinician describes in the detail. */
	private static List<Result> typicalOr(String prefix) {
		return List.of(typical("typical", prefix + "-typical"), notable("finding", prefix + "-finding"));
	}

}
