package org.cairn.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly error page: a status, a plain sentence from the message bundle, a way
 * home.
 */
final class ErrorPage {

	private ErrorPage() {
	}

	static ModelAndView view(HttpStatus status) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", switch (status.value()) {
			case 400, 413, 415, 422 -> "error.badRequest";
			case 403 -> "error.forbidden";
			case 404, 405 -> "error.notFound";
			case 409 -> "error.conflict";
			case 410 -> "error.gone";
			case 429 -> "error.tooMany";
			default -> "error.unexpected";
		});
		return page;
	}

}
