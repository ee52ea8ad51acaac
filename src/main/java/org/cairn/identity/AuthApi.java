package org.cairn.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cairn.platform.ProblemJson;

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

	private final ProblemJson problems;

	AuthApi(PasswordSignIn signIn, ApiTokens tokens, Accounts accounts, ProblemJson problems) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.accounts = accounts;
		this.problems = problems;
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
	void badCredentials(HttpServletRequest request, HttpServletResponse response) throws IOException {
		problems.write(request, response, HttpStatus.UNAUTHORIZED, "The username or password is not right.");
	}

	private String usernameOf(Actor actor) {
		return accounts.find(actor.id()).map(Account::username).orElse("");
	}

}
