package org.cairn.diary;

import jakarta.servlet.http.HttpServletRequest;
import org.cairn.identity.Actor;
import org.cairn.platform.ProblemJson;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the owner key of the signed-in account as {@code offlineOwner}, so
 * that any page can include {@code diary/offline :: queue} without its controller knowing
 * of the offline queue.
 */
@ControllerAdvice
class OfflineModel {

	private final OfflineQueue queue;

	OfflineModel(OfflineQueue queue) {
		this.queue = queue;
	}

	@ModelAttribute
	void owner(Model model, HttpServletRequest request) {
		if (ProblemJson.isApiRequest(request)) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			model.addAttribute("offlineOwner", queue.owner(actor));
		}
	}

}
