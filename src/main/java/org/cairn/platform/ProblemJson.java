package org.cairn.platform;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details. Used by the exception handlers, the security entry
 * points and the filters, so every API error has one shape whichever layer refused the
 * request.
 */
@Component
public class ProblemJson {

	public static final String MEDIA_TYPE = "application/problem+json";

	private final JsonMapper json;

	ProblemJson(JsonMapper json) {
		this.json = json;
	}

	public static boolean isApiRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/fhir/");
	}

	public Map<String, Object> body(HttpStatus status, String detail, @Nullable String instance,
			Map<String, String> errors) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		if (instance != null) {
			body.put("instance", URI.create(instance).getPath());
		}
		if (!errors.isEmpty()) {
			body.put("errors", errors);
		}
		return body;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		write(request, response, status, detail, Map.of());
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			Map<String, String> errors) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body(status, detail, safeInstance(request), errors));
	}

	private static @Nullable String safeInstance(HttpServletRequest request) {
		try {
			return URI.create(request.getRequestURI()).getPath();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
