package org.cairn.patients;

import java.util.Map;
import java.util.Optional;

import org.cairn.identity.Actor;
import org.cairn.platform.PatientId;

/**
 * A card on the patient's Today page, contributed by the module that owns what it shows
 * (the home program's checklist, the diary's "log today", a line of progress). The module
 * reads its own data through the access policy; this module only places the card, so it
 * never depends on the modules above it.
 */
public interface TodayCard {

	/** Where the card sits on Today; each slot shows a calm placeholder until filled. */
	enum Slot {

		EXERCISES, DIARY, PROGRESS, CARE

	}

	Slot slot();

	/**
	 * The card for the signed-in patient, or empty to keep the slot's placeholder.
	 * @param patient the signed-in patient, owner of {@code record}
	 */
	Optional<View> card(Actor patient, PatientId record);

	/**
	 * A Thymeleaf fragment and what it reads: the fragment sees the model as the local
	 * variable {@code view}, for example {@code ${view.done}}.
	 *
	 * @param template such as {@code homeprogram/today}
	 * @param fragment the fragment's name in that template
	 */
	record View(String template, String fragment, Map<String, Object> model) {

		public View {
			model = Map.copyOf(model);
		}

	}

}
