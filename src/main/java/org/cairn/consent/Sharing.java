package org.cairn.consent;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one team member may see of one patient's record: per category, whether it is
 * shared and whether the patient has decided it yet (an undecided category follows its
 * default).
 */
public record Sharing(Map<DataCategory, Boolean> shared, Map<DataCategory, Boolean> decided) {

	static Sharing from(Map<DataCategory, Boolean> decisions) {
		Map<DataCategory, Boolean> shared = new EnumMap<>(DataCategory.class);
		Map<DataCategory, Boolean> decided = new EnumMap<>(DataCategory.class);
		for (DataCategory category : DataCategory.values()) {
			Boolean decision = decisions.get(category);
			decided.put(category, decision != null || category.sharedByDefault());
			shared.put(category, category.alwaysShared() || (decision != null ? decision : category.sharedByDefault()));
		}
		return new Sharing(Map.copyOf(shared), Map.copyOf(decided));
	}

	public boolean allows(DataCategory category) {
		return shared.getOrDefault(category, false);
	}

	public boolean awaitsDecision() {
		return decided.containsValue(false);
	}

}
