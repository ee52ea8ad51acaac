package org.cairn.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.cairn.platform.TooManyRequestsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void fiveWrongPasswordsLockTheAccountForTheRestOfTheWindow() {
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
			throttle.check("alex", "10.0.0." + i);
			throttle.failed("alex", "10.0.0." + i);
		}
		assertThatThrownBy(() -> throttle.check("alex", "10.0.0.99")).isInstanceOf(TooManyRequestsException.class)
			.satisfies(ex -> assertThat(((TooManyRequestsException) ex).retryAfter()).isPositive()
				.isLessThanOrEqualTo(LoginThrottle.WINDOW));

		clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
		assertThatNoException().isThrownBy(() -> throttle.check("alex", "10.0.0.99"));
	}

	@Test
	void aSuccessClearsTheAccountsFailures() {
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
			throttle.failed("alex", "10.0.0.1");
		}
		throttle.succeeded("alex");
		throttle.failed("alex", "10.0.0.1");
		assertThatNoException().isThrownBy(() -> throttle.check("alex", "10.0.0.1"));
	}

	@Test
	void oneAddressGuessingManyAccountsIsThrottled() {
		for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
			throttle.failed("user" + i, "203.0.113.7");
		}
		assertThatThrownBy(() -> throttle.check("someone-new", "203.0.113.7"))
			.isInstanceOf(TooManyRequestsException.class);
		assertThatNoException().isThrownBy(() -> throttle.check("someone-new", "203.0.113.8"));
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-22T09:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
