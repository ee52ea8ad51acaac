package org.cairn.homeprogram;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Actor;
import org.cairn.patients.TodayCard;
import org.cairn.platform.PatientId;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Today's exercises as a checklist on the patient's home: what is planned for today and
 * what is already done, each marked done with the same form as the Exercises page.
 */
@Component
class ExercisesTodayCard implements TodayCard {

	private final ProgramViews views;

	private final AccessPolicy policy;

	ExercisesTodayCard(ProgramViews views, AccessPolicy policy) {
		this.views = views;
		this.policy = policy;
	}

	@Override
	public Slot slot() {
		return Slot.EXERCISES;
	}

	@Override
	public Optional<View> card(Actor patient, PatientId record) {
		policy.read(patient, record, DataCategory.HOME_PROGRAM, "today/home-program");
		ProgramViews.Program program = views.program(record, LocaleContextHolder.getLocale());
		if (program.items().isEmpty()) {
			return Optional.empty();
		}
		var checklist = program.checklist();
		Map<String, Object> model = new HashMap<>();
		model.put("items", checklist);
		model.put("clientIds", ExercisePages.clientIds(checklist, null, null));
		model.put("today", program.today().toString());
		model.put("others", program.active().size() - checklist.size());
		model.put("allDone", !checklist.isEmpty() && checklist.stream().allMatch(ProgramViews.Item::doneToday));
		model.put("none", Map.of());
		model.put("doneLog", justSaved());
		return Optional.of(new View("homeprogram/today", "card", model));
	}

	/**
	 * The entry saved a moment ago ({@code ?exerciseDone=<id>} after marking done), for
	 * the banner's undo button; checked again when undone.
	 */
	private static String justSaved() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			UUID id = Inputs.uuid(attributes.getRequest().getParameter("exerciseDone"));
			return id == null ? "" : id.toString();
		}
		return "";
	}

}
