package org.cairn.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;

/**
 * Renders a problem+json body as a view, so one exception handler can serve pages and the
 * API.
 */
record ProblemView(ProblemJson problems, HttpStatus status, String detail, Map<String, String> errors) implements View {

	@Override
	public String getContentType() {
		return ProblemJson.MEDIA_TYPE;
	}

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		problems.write(request, response, status, detail, errors);
	}

}
