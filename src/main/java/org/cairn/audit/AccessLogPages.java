package org.cairn.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.RecordAccessed.Action;
import org.cairn.identity.Actor;
import org.cairn.patients.Patient;
import org.cairn.patients.Patients;
import org.cairn.platform.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Who viewed my record": the patient's window on the audit trail, in the patient's own
 * time zone.
 */
@Controller
class AccessLogPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);

	private final AccessPolicy policy;

	private final AccessLog log;

	private final Patients patients;

	AccessLogPages(AccessPolicy policy, AccessLog log, Patients patients) {
		this.policy = policy;
		this.log = log;
		this.patients = patients;
	}

	/**
	 * One line of the log, ready to show.
	 *
	 * @param part the first segment of what was touched ("chart", "team"), for a
	 * plain-words label
	 * @param role null when Cairn itself acted, such as when an invitation was accepted
	 * by its link
	 */
	record Row(String when, String isoWhen, String who, @Nullable String role, @Nullable String practice,
			boolean changed, String part, String what, boolean allowed) {
	}

	@GetMapping("/privacy/access-log")
	String accessLog(Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		policy.requireOwner(actor, patient, Action.READ, "access-log");
		ZoneId zone = patients.find(patient).map(Patient::timeZone).orElse(ZoneId.of("UTC"));
		// The page's words are English for now, so dates are too; a translated bundle
		// brings its locale.
		DateTimeFormatter when = WHEN.withZone(zone).withLocale(Locale.ENGLISH);
		List<Row> rows = log.of(patient, actor.id())
			.stream()
			.map(e -> new Row(when.format(e.at()), e.at().atZone(zone).toOffsetDateTime().toString(), e.who(),
					e.role() == null ? null : e.role().toLowerCase(Locale.ROOT), e.practice(),
					"WRITE".equals(e.action()), part(e.what()), e.what(), e.allowed()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("zone", zone.getId());
		return "audit/access-log";
	}

	private static String part(String what) {
		int slash = what.indexOf('/');
		return (slash < 0 ? what : what.substring(0, slash)).replaceAll("[^a-z-]", "");
	}

}
