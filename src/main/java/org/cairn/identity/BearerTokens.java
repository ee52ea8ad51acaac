package org.cairn.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cairn.platform.ProblemJson;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns {@code Authorization: Bearer …} into the request's signed-in actor. */
class BearerTokens extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemJson problems;

	BearerTokens(ApiTokens tokens, ProblemJson problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		var account = tokens.authenticate(header.substring(PREFIX.length()).strip());
		if (account.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED,
					"The bearer token is unknown or has expired. Ask for a new one at POST /api/v1/auth/token.");
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(authentication(account.get()));
		chain.doFilter(request, response);
	}

	static UsernamePasswordAuthenticationToken authentication(Account account) {
		return UsernamePasswordAuthenticationToken.authenticated(account.toActor(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
	}

}
