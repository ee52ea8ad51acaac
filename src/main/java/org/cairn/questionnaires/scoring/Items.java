package org.cairn.questionnaires.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How explanations and messages name a group of items: "item 9", "items 1–9", "items 4–6,
 * 11–14, 17", "items penetration, sitting". Numbered items in runs read as ranges, so a
 * clinician sees at once which part of a form is missing.
 */
final class Items {

	private Items() {
	}

	static String describe(List<String> linkIds) {
		if (linkIds.size() == 1) {
			return "item " + linkIds.get(0);
		}
		if (!linkIds.stream().allMatch(id -> id.matches("[1-9][0-9]{0,3}"))) {
			return "items " + String.join(", ", linkIds);
		}
		List<String> runs = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= linkIds.size(); i++) {
			if (i == linkIds.size() || number(linkIds, i) != number(linkIds, i - 1) + 1) {
				runs.add(i - 1 == start ? linkIds.get(start) : linkIds.get(start) + "–" + linkIds.get(i - 1));
				start = i;
			}
		}
		return "items " + String.join(", ", runs);
	}

	private static int number(List<String> linkIds, int index) {
		return Integer.parseInt(linkIds.get(index));
	}

	/** "4 + 5 + 3": the values, in item order, as the explanation adds them up. */
	static String added(List<Integer> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(" + "));
	}

}
