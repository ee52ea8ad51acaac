package org.cairn.referrals;

import java.util.Map;

import org.cairn.consent.DataCategory;

/**
 * One item of a referral packet, in the one data category it belongs to; the patient's
 * approval is given category by category, so an item goes only when its category does.
 *
 * @param kind {@code pain-profile}, {@code area}, {@code scores} or {@code plan}
 * @param body the item's facts as codes and numbers (words are chosen when it is shown)
 */
record PacketItem(DataCategory category, String kind, Map<String, Object> body) {

	PacketItem {
		body = Map.copyOf(body);
	}

	public Object get(String key) {
		return body.get(key);
	}

}
