package org.cairn.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps API request bodies. A declared length over the cap is refused before reading; a
 * chunked body is counted as it is read and fails at the cap, so no handler ever sees a
 * partial body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemJson problems;

	RequestBodyLimit(@Value("${cairn.api.max-body-bytes:262144}") long maxBytes, ProblemJson problems) {
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ProblemJson.isApiRequest(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
			return;
		}
		chain.doFilter(new Capped(request, maxBytes), response);
	}

	private static final class Capped extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		Capped(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream inner = super.getInputStream();
				stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = inner.read();
						if (b >= 0 && ++read > max) {
							throw new BodyTooLargeException();
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = inner.read(buffer, offset, length);
						if (n > 0 && (read += n) > max) {
							throw new BodyTooLargeException();
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return inner.isFinished();
					}

					@Override
					public boolean isReady() {
						return inner.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						inner.setReadListener(listener);
					}
				};
			}
			return stream;
		}

	}

}
