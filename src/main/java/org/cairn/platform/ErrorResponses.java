package org.cairn.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns every failure into an answer: problem+json for the API, a calm
 * page for people. An unexpected exception is logged by type and stack only, because
 * exception messages (SQL errors in particular) can carry the values of health data.
 */
@ControllerAdvice
class ErrorResponses {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final ProblemJson problems;

	ErrorResponses(ProblemJson problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, ex.getMessage(), Map.of());
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), ex.fieldErrors());
	}

	@ExceptionHandler(BindException.class)
	ModelAndView bind(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.isBindingFailure() ? "has a value of the wrong type"
					: String.valueOf(error.getDefaultMessage()));
		}
		ex.getGlobalErrors().forEach(e -> errors.putIfAbsent(e.getObjectName(), String.valueOf(e.getDefaultMessage())));
		return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "Some fields need attention.", errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView methodValidation(HandlerMethodValidationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "Some values need attention.", Map.of());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ModelAndView unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (ex.getCause() instanceof BodyTooLargeException) {
			return tooLarge(request, response);
		}
		return answer(request, response, HttpStatus.BAD_REQUEST,
				"The request body is missing, is not valid JSON, or has a value of the wrong type.", Map.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST,
				"The parameter '" + ex.getName() + "' has a value of the wrong type.", Map.of());
	}

	@ExceptionHandler({ BodyTooLargeException.class, MaxUploadSizeExceededException.class })
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.", Map.of());
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.FORBIDDEN, ex.getMessage(), Map.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView accessDenied(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.FORBIDDEN, "Your role may not do this.", Map.of());
	}

	@ExceptionHandler(AuthenticationException.class)
	ModelAndView unauthenticated(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.UNAUTHORIZED, "Sign in first.", Map.of());
	}

	@ExceptionHandler(GoneException.class)
	ModelAndView gone(GoneException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.GONE, ex.getMessage(), Map.of());
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONFLICT, ex.getMessage(), Map.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView integrity(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONFLICT, "This clashes with data that is already saved.",
				Map.of());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooMany(TooManyRequestsException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		return answer(request, response, HttpStatus.TOO_MANY_REQUESTS, ex.getMessage(), Map.of());
	}

	/**
	 * Spring's own refusals (unknown path, wrong method or media type, missing
	 * parameter).
	 */
	@ExceptionHandler({ jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class })
	ModelAndView framework(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (!(ex instanceof ErrorResponse error)) {
			return unexpected(ex, request, response);
		}
		HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
		if (status == null || status.is5xxServerError()) {
			return unexpected(ex, request, response);
		}
		error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
		String detail = switch (status) {
			case NOT_FOUND -> "There is nothing at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not accept " + request.getMethod() + ".";
			case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
			case NOT_ACCEPTABLE -> "This address cannot answer in the requested format.";
			default -> "The request is not valid.";
		};
		return answer(request, response, status, detail, Map.of());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.error("Unexpected failure on {} {}: {}", request.getMethod(), request.getRequestURI(),
				SafeThrowable.describe(ex));
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing was changed.", Map.of());
	}

	private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail, Map<String, String> errors) {
		if (ProblemJson.isApiRequest(request)) {
			ModelAndView mav = new ModelAndView(new ProblemView(problems, status, detail, errors));
			mav.setStatus(status);
			return mav;
		}
		ModelAndView page = ErrorPage.view(status);
		return page;
	}

}
