package org.cairn.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Boot's whitelabel page for errors that happen outside Spring MVC (in the
 * container or a filter), so those also get problem+json or the friendly page, never a
 * stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ProblemJson problems;

	ErrorPages(ProblemJson problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && (path.startsWith("/api/") || path.startsWith("/fhir/"))) {
			ModelAndView mav = new ModelAndView(new ProblemView(
					problems, status, status.is5xxServerError()
							? "Something went wrong on our side. Nothing was changed." : status.getReasonPhrase(),
					java.util.Map.of()));
			mav.setStatus(status);
			return mav;
		}
		return ErrorPage.view(status);
	}

}
