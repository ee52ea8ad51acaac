package org.cairn.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	/**
	 * Everyone lands on their own home after signing in; the address "/" is only a
	 * switch.
	 */
	@GetMapping("/")
	String home(Actor actor) {
		return switch (actor.role()) {
			case PATIENT, PARTNER -> "redirect:/today";
			case CLINICIAN -> "redirect:/caseload";
			case PRACTICE_ADMIN -> "redirect:/practice";
		};
	}

}
