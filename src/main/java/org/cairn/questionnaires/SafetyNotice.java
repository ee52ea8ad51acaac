package org.cairn.questionnaires;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cairn.consent.CareTeamRoster;
import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Practice;
import org.cairn.platform.PatientId;
import org.cairn.platform.PracticeId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The calm message the patient sees at once when an answer raises a red flag (CLINICAL.md
 * section 4), with the crisis contacts of the practices on their care team. Texts are in
 * {@code messages.properties} under {@code safety.}. The message never repeats the
 * answer.
 */
@Component
class SafetyNotice {

	private final MessageSource messages;

	private final CareTeamRoster roster;

	private final Accounts accounts;

	SafetyNotice(MessageSource messages, CareTeamRoster roster, Accounts accounts) {
		this.messages = messages;
		this.roster = roster;
		this.accounts = accounts;
	}

	/**
	 * The JSON member {@code safety}: {@code urgent}, {@code message},
	 * {@code crisisContacts}.
	 */
	Map<String, Object> forPatient(PatientId patient, List<RaisedFlag> flags) {
		boolean urgent = flags.stream().anyMatch(RaisedFlag::urgent);
		List<String> contacts = crisisContacts(patient);
		String contactText = contacts.isEmpty() ? text("safety.contact.none") : String.join(", ", contacts);
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("urgent", urgent);
		notice.put("message",
				urgent ? text("safety.urgent.message", contactText) : text("safety.care.message", contactText));
		notice.put("crisisContacts", contacts);
		notice.put("teamAlerted", text("safety.team-alerted"));
		return notice;
	}

	private List<String> crisisContacts(PatientId patient) {
		List<PracticeId> practices = accounts
			.findAll(roster.activeMembers(patient).stream().map(CareTeamRoster.RosterEntry::clinicianId).toList())
			.values()
			.stream()
			.map(Account::practiceId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return accounts.practices(practices)
			.values()
			.stream()
			.map(Practice::crisisContact)
			.filter(c -> c != null && !c.isBlank())
			.map(c -> (String) c)
			.distinct()
			.sorted()
			.toList();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
