package org.cairn.identity;

import org.cairn.platform.ProblemJson;
import org.cairn.platform.TooManyRequestsException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API is stateless with bearer tokens and no CSRF (no cookies are
 * involved); pages use a session cookie, CSRF tokens and form sign-in. Authorization
 * about patient data is not decided here but by the access policy, one level down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemJson problems) throws Exception {
		http.securityMatcher("/api/**", "/fhir/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/invitations/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokens(tokens, problems), UsernamePasswordAuthenticationFilter.class)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "Sign in first: send a bearer token from POST /api/v1/auth/token."))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"Your role may not do this.")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, PasswordSignIn signIn) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/invitations/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health")
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationProvider(new FormSignIn(signIn))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler((request, response,
						ex) -> response.sendRedirect(request.getContextPath()
								+ (ex instanceof LockedException ? "/login?throttled" : "/login?error"))))
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Form sign-in through the same throttled check as the token endpoint. */
	private record FormSignIn(PasswordSignIn signIn) implements AuthenticationProvider {

		@Override
		public Authentication authenticate(Authentication authentication) throws AuthenticationException {
			String address = authentication.getDetails() instanceof WebAuthenticationDetails details
					? String.valueOf(details.getRemoteAddress()) : "unknown";
			String password = String.valueOf(authentication.getCredentials());
			try {
				return BearerTokens.authentication(signIn.signIn(authentication.getName(), password, address));
			}
			catch (TooManyRequestsException ex) {
				throw new LockedException("throttled");
			}
			catch (IllegalArgumentException ex) {
				throw new BadCredentialsException("bad credentials");
			}
		}

		@Override
		public boolean supports(Class<?> type) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
		}

	}

}
