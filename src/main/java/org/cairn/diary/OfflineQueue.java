package org.cairn.diary;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cairn.identity.Actor;
import org.cairn.platform.Sha256;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Server side of the offline queue ({@code static/js/offline-queue.js}) that any page can
 * opt into with a form attribute: who owns the queued entries, a fresh CSRF token to send
 * them with, and the header that lets the service worker serve the pages that opted in.
 * <p>
 * Entries wait on the device keyed by an opaque owner (a hash of the account id), and the
 * queue sends only the entries of the account that is signed in when it syncs (hazard
 * D06): a queued entry is never sent under another person's session.
 */
@RestController
class OfflineQueue {

	static final String WORKER = "/js/offline-sw.js";

	/** An opaque, stable key for the account's queued entries; not a secret. */
	String owner(Actor actor) {
		return Sha256.hex("cairn-offline-queue:" + actor.id().value());
	}

	/**
	 * For the queue before it sends: who is signed in and the CSRF token of this session.
	 * Signed-out callers are sent to sign in, like any page, so the queue waits.
	 */
	@GetMapping("/offline/session")
	Map<String, Object> session(Actor actor, HttpServletRequest request) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("owner", owner(actor));
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			json.put("parameterName", token.getParameterName());
			json.put("headerName", token.getHeaderName());
			json.put("token", token.getToken());
		}
		return json;
	}

	@Configuration(proxyBeanMethods = false)
	static class WorkerScope {

		/**
		 * The worker script lives with the other scripts under {@code /js/}; this header
		 * lets it control the page paths that register it (such as {@code /diary}), and
		 * nothing else is registered.
		 */
		@Bean
		FilterRegistrationBean<OncePerRequestFilter> offlineWorkerScope() {
			OncePerRequestFilter filter = new OncePerRequestFilter() {
				@Override
				protected boolean shouldNotFilter(HttpServletRequest request) {
					return !WORKER.equals(request.getRequestURI().substring(request.getContextPath().length()));
				}

				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					response.setHeader("Service-Worker-Allowed", request.getContextPath() + "/");
					chain.doFilter(request, response);
				}
			};
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
			registration.addUrlPatterns(WORKER);
			return registration;
		}

	}

}
