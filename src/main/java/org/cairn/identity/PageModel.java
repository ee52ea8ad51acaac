package org.cairn.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page layout needs on every page: who is signed in (for the navigation by role)
 * and the current path (to mark the current link for screen readers). Error pages do
 * without it.
 */
@ControllerAdvice
class PageModel {

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			model.addAttribute("viewer", actor);
		}
		model.addAttribute("currentPath", request.getRequestURI());
	}

}
