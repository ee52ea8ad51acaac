package org.cairn.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cairn.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The examination form's vocabulary and rules, with worked examples from a visit. */
class ExamFormTest {

	/** The finding codes the contributor rules read (CLINICAL.md section 3). */
	static final Set<String> RULE_CODES = Set.of("pf-tone-raised", "pf-relaxation-poor", "pf-tender-point",
			"scar-tenderness", "breathing-pattern-altered", "abdominal-coordination-poor", "posture-finding",
			"movement-finding", "pelvis-finding", "spine-finding", "hip-finding", "feet-finding", "fascial-tension",
			"marinoff");

	private static final Instant AT = Instant.parse("2026-11-03T10:20:00Z");

	private static ExamEntry.Raw raw(int i, String item, String route, String result, Integer value,
			List<Integer> points, String detail) {
		return new ExamEntry.Raw("findings[" + i + "]", item, route, result, value, points, detail);
	}

	private static List<Finding> findings(List<ExamEntry> entries) {
		List<Finding> all = new ArrayList<>();
		entries.forEach(e -> all.addAll(ExamForm.findings(e, AT,
				(key, args) -> key.substring(key.lastIndexOf('.') + 1) + (args.length > 0 ? " " + args[0] : ""))));
		return all;
	}

	@Test
	void mapsAVisitsFindingsToTheCodesTheContributorRulesRead() {
		List<ExamEntry> entries = ExamForm.read(List.of(raw(0, "pf-tone", "internal", "raised", null, null, "left"),
				raw(1, "pf-relaxation", "internal", "partial", null, null, null),
				raw(2, "pf-tender-points", "internal", null, null, List.of(8, 4), null),
				raw(3, "pf-strength", "internal", null, 3, null, null),
				raw(4, "breathing-pattern", null, "breath-holding", null, null, null),
				raw(5, "movement-loaded", null, "finding", null, null, "guarded squat"),
				raw(6, "marinoff", null, null, 2, null, null)));
		assertThat(findings(entries)).extracting(Finding::code, Finding::value, Finding::internal)
			.containsExactly(tuple("pf-tone-raised", null, true), tuple("pf-relaxation-poor", null, true),
					tuple("pf-tender-point", 4, true), tuple("pf-tender-point", 8, true), tuple("pf-strength", 3, true),
					tuple("breathing-pattern-altered", null, false), tuple("movement-finding", null, false),
					tuple("marinoff", 2, false));
		assertThat(findings(entries).get(0).text()).isEqualTo("raised: left");
		assertThat(findings(entries).get(0).recordedAt()).isEqualTo(AT);
	}

	@Test
	void typicalResultsAreRecordedButNeverFireARule() {
		for (ExamItem item : ExamItem.values()) {
			for (ExamItem.Result result : item.results()) {
				if (result.typical()) {
					assertThat(RULE_CODES).as(item.code() + " " + result.code()).doesNotContain(result.findingCode());
				}
			}
		}
		List<ExamEntry> none = ExamForm
			.read(List.of(raw(0, "pf-tender-points", "external", null, null, List.of(), null)));
		assertThat(findings(none)).extracting(Finding::code).containsExactly("pf-tender-point-none");
	}

	@Test
	void everyCodeTheRulesReadCanBeCharted() {
		Set<String> charted = Arrays.stream(ExamItem.values())
			.flatMap(i -> i.results().stream())
			.map(ExamItem.Result::findingCode)
			.collect(Collectors.toSet());
		charted.add(ExamItem.TENDER_POINT);
		charted.add(ExamItem.MARINOFF.scaleCode());
		assertThat(charted).containsAll(RULE_CODES);
	}

	@Test
	void refusesOxfordSixClockThirteenUnknownCodesAndMissingFieldsNamingEach() {
		assertThatThrownBy(() -> ExamForm.read(List.of(raw(0, "pf-strength", "internal", null, 6, null, null),
				raw(1, "pf-tender-points", "internal", null, null, List.of(3, 13), null),
				raw(2, "pf-tone", "internal", "tight", null, null, null),
				raw(3, "pelvic-mood", null, "x", null, null, null), raw(4, "pf-tone", null, "raised", null, null, null),
				raw(5, "marinoff", null, null, null, null, null),
				raw(6, "scar", "external", "tender", null, null, "x".repeat(201)),
				raw(7, "marinoff", "internal", null, 1, null, null),
				raw(8, "pf-strength", "internal", "strong", 3, null, null))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(
					ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsOnlyKeys("findings[0].value",
							"findings[1].points", "findings[2].result", "findings[3].item", "findings[4].route",
							"findings[5].value", "findings[6].detail", "findings[7].route", "findings[8].result"));
	}

	@Test
	void refusesAnEmptyFormAndAnItemChartedTwice() {
		assertThatThrownBy(() -> ExamForm.read(List.of())).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsKey("findings"));
		assertThatThrownBy(() -> ExamForm.read(List.of(raw(0, "pf-tone", "internal", "raised", null, null, null),
				raw(1, "pf-tone", "internal", "typical", null, null, null))))
			.isInstanceOf(InvalidInputException.class);
		assertThat(ExamForm.read(List.of(raw(0, "pf-tone", "internal", "raised", null, null, null),
				raw(1, "pf-tone", "external", "typical", null, null, null))))
			.as("the same item by both routes is two findings")
			.hasSize(2);
	}

	@Test
	void theNewestChartingOfAnItemAndRouteIsTheCurrentOne() {
		ExamEntry raisedInternal = ExamForm.read(List.of(raw(0, "pf-tone", "internal", "raised", null, null, null)))
			.get(0);
		ExamEntry typicalInternal = ExamForm.read(List.of(raw(0, "pf-tone", "internal", "typical", null, null, null)))
			.get(0);
		ExamEntry raisedExternal = ExamForm.read(List.of(raw(0, "pf-tone", "external", "raised", null, null, null)))
			.get(0);
		List<ExamForm.Charted> current = ExamForm.current(List.of(new ExamForm.Charted(typicalInternal, AT),
				new ExamForm.Charted(raisedInternal, AT.minusSeconds(86_400 * 14)),
				new ExamForm.Charted(raisedExternal, AT.minusSeconds(86_400 * 14))));
		assertThat(current).extracting(ExamForm.Charted::entry)
			.containsExactlyInAnyOrder(typicalInternal, raisedExternal);
	}

}
