package org.cairn.diary;

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
 * The calm message the patient sees at once when a diary answer raises a red flag
 * (CLINICAL.md section 4): the same words as the questionnaires' safety message
 * ({@code safety.*} in the bundle), with the crisis lines of the practices on the
 * patient's care team. It never repeats the answer.
 */
@Component
class DiarySafety {

	private final MessageSource messages;

	private final CareTeamRoster roster;

	private final Accounts accounts;

	DiarySafety(MessageSource messages, CareTeamRoster roster, Accounts accounts) {
		this.messages = messages;
		this.roster = roster;
		this.accounts = accounts;
	}

	/**
	 * The JSON member {@code safety}: {@code urgent}, {@code message},
	 * {@code crisisContacts}.
	 */
	Map<String, Object> notice(PatientId patient) {
		List<String> contacts = crisisContacts(patient);
		String contactText = contacts.isEmpty() ? text("safety.contact.none") : String.join(", ", contacts);
		Map<String, Object> notice = new LinkedHashMap<>();
		notice.put("urgent", false);
		notice.put("message", text("safety.care.message", contactText));
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
