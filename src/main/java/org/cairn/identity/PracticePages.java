package org.cairn.identity;

import java.util.Comparator;

import org.cairn.platform.NotFoundException;
import org.cairn.platform.PracticeId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The practice admin's home: the practice and its people. Deliberately shows no patient
 * data.
 */
@Controller
class PracticePages {

	private final Accounts accounts;

	PracticePages(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/practice")
	String practice(Actor actor, Model model) {
		actor.requireRole(Role.PRACTICE_ADMIN);
		PracticeId id = actor.practiceId();
		if (id == null) {
			throw new NotFoundException("No practice for this account.");
		}
		model.addAttribute("practice", accounts.practice(id).orElseThrow(() -> new NotFoundException("No practice.")));
		model.addAttribute("members",
				accounts.membersOf(id)
					.stream()
					.sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
					.toList());
		return "identity/practice";
	}

}
