package org.cairn.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthApi {

	private final PasswordSignIn signIn;

	private final ApiTokens tokens;

	private final Accounts accounts;

	AuthApi(PasswordSignIn signIn, ApiTokens tokens, Accounts accounts) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.accounts = accounts;
	}

	record TokenRequest(@NotNull @Size(max = 64) String username, @NotNull @Size(max = 128) String password) {

		@Override
		public String toString() {
			return "TokenRequest[username=" + username + "]";
		}

	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<Map<String, Object>> token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
		Account account = signIn.signIn(body.username(), body.password(), request.getRemoteAddr());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("access_token", tokens.issue(account.id()));
		answer.put("token_type", "Bearer");
		answer.put("expires_in", ApiTokens.LIFETIME.toSeconds());
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(answer);
	}

	@GetMapping("/api/v1/me")
	Map<String, Object> me(Actor actor) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", actor.id().toString());
		answer.put("username", usernameOf(actor));
		answer.put("role", actor.role().name());
		answer.put("displayName", actor.displayName());
		if (actor.patientId() != null) {
			answer.put("patientId", actor.patientId().toString());
		}
		return answer;
	}

	@ExceptionHandler(BadCredentialsException.class)
	ResponseEntity<Map<String, Object>> badCredentials(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(org.springframework.http.MediaType.parseMediaType("application/problem+json"))
			.body(Map.of("type", "about:blank", "title", "Unauthorized", "status", 401, "detail",
					"The username or password is not right.", "instance", request.getRequestURI()));
	}

	private String usernameOf(Actor actor) {
		return accounts.find(actor.id()).map(Account::username).orElse("");
	}

}
