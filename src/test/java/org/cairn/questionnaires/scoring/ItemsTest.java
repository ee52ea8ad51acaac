package org.cairn.questionnaires.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemsTest {

	@Test
	void namesRunsOfNumberedItemsAsRanges() {
		assertThat(Items.describe(List.of("9"))).isEqualTo("item 9");
		assertThat(Items.describe(List.of("1", "2"))).isEqualTo("items 1–2");
		assertThat(Items.describe(List.of("4", "5", "6", "11", "12", "13", "14", "17")))
			.isEqualTo("items 4–6, 11–14, 17");
		assertThat(Items.describe(List.of("2", "5", "7"))).isEqualTo("items 2, 5, 7");
	}

	@Test
	void listsNamedItemsAsTheyAre() {
		assertThat(Items.describe(List.of("penetration", "sitting"))).isEqualTo("items penetration, sitting");
	}

}
