package org.cairn.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.consent.ExamConsents;
import org.cairn.consent.ExamEvent;
import org.cairn.consent.ExamPreferenceRecords;
import org.cairn.consent.ExamPreferences;
import org.cairn.consent.ExamProcedure;
import org.cairn.consent.VisitConsent;
import org.cairn.identity.Actor;
import org.cairn.patients.ChartFact;
import org.cairn.platform.PatientId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The chart header's examination line: the patient's preferences, which every team member
 * sees before an examination (core), and today's consent to an internal examination, for
 * those the patient shares exam findings with.
 */
@Component
class ExamFact implements ChartFact {

	private final ExamPreferenceRecords preferences;

	private final ExamConsents consents;

	private final Encounters encounters;

	private final AccessPolicy policy;

	private final MessageSource messages;

	private final java.time.Clock clock;

	ExamFact(ExamPreferenceRecords preferences, ExamConsents consents, Encounters encounters, AccessPolicy policy,
			MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.preferences = preferences;
		this.consents = consents;
		this.encounters = encounters;
		this.policy = policy;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Line> line(Actor clinician, PatientId patient) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> parts = new ArrayList<>();
		parts.add(summary(preferences.current(patient), locale));
		if (policy.permits(clinician, patient, DataCategory.EXAM_FINDINGS)) {
			parts.add(today(clinician, patient, locale));
		}
		return Optional
			.of(new Line("assessment.fact.label", String.join(" · ", parts), "/patients/" + patient + "/assessment"));
	}

	String summary(ExamPreferences p, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (!p.recorded()) {
			return word("assessment.fact.none", locale);
		}
		parts.add(p.externalOnly() ? word("assessment.fact.externalOnly", locale) : String.join(", ",
				p.acceptableCodes().stream().map(c -> word("examPreferences.short." + c, locale)).toList()));
		if (p.stopSignal() != null) {
			parts.add(messages.getMessage("assessment.fact.stop", new Object[] { p.stopSignal() }, locale));
		}
		if (p.chaperone()) {
			parts.add(word("assessment.fact.chaperone", locale));
		}
		if (p.supportPerson() != null) {
			parts.add(messages.getMessage("assessment.fact.support", new Object[] { p.supportPerson() }, locale));
		}
		if (!p.observersAllowed()) {
			parts.add(word("assessment.fact.noObservers", locale));
		}
		return String.join("; ", parts);
	}

	private String today(Actor clinician, PatientId patient, Locale locale) {
		ZoneId zone = encounters.zone(patient);
		LocalDate today = clock.instant().atZone(zone).toLocalDate();
		Optional<Encounter> visit = encounters.todays(clinician, patient)
			.or(() -> encounters.all(patient)
				.stream()
				.filter(e -> !e.isVoided() && e.visitDate().equals(today))
				.max(Comparator.comparing(Encounter::openedAt)));
		if (visit.isEmpty()) {
			return word("assessment.fact.today.noVisit", locale);
		}
		VisitConsent consent = consents.visit(patient, visit.get().id()).orElse(null);
		if (consent == null) {
			return word("assessment.fact.today.notGiven", locale);
		}
		Optional<ExamEvent> last = consent.lastDecision(ExamProcedure.INTERNAL_SINGLE_DIGIT);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
		if (last.isEmpty()) {
			return word("assessment.fact.today.notGiven", locale);
		}
		String key = last.get().kind() == ExamEvent.Kind.GIVEN ? "assessment.fact.today.given"
				: "assessment.fact.today.withdrawn";
		return messages.getMessage(key, new Object[] { time.format(last.get().at()) }, locale);
	}

	private String word(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
