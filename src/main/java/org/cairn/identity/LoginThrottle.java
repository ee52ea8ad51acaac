package org.cairn.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cairn.platform.TooManyRequestsException;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: at most {@value #PER_ACCOUNT} failed sign-ins per account
 * and {@value #PER_ADDRESS} per network address in a {@link #WINDOW}. Counted in memory,
 * per instance; an attacker spreading guesses over several instances gets a few more
 * tries, never unlimited ones.
 */
@Component
class LoginThrottle {

	static final int PER_ACCOUNT = 5;

	static final int PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	// Bounds memory when someone sprays random usernames.
	private static final int MAX_KEYS = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	void check(String username, String address) {
		Instant now = clock.instant();
		Duration wait = max(waitFor("u:" + username, PER_ACCOUNT, now), waitFor("a:" + address, PER_ADDRESS, now));
		if (!wait.isZero()) {
			throw new TooManyRequestsException("Too many sign-in attempts. Please wait a few minutes and try again.",
					wait);
		}
	}

	void failed(String username, String address) {
		if (failures.size() > MAX_KEYS) {
			prune(clock.instant());
		}
		Instant now = clock.instant();
		record("u:" + username, now);
		record("a:" + address, now);
	}

	void succeeded(String username) {
		failures.remove("u:" + username);
	}

	private void record(String key, Instant now) {
		failures.compute(key, (k, times) -> {
			Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
			list.addLast(now);
			while (list.size() > PER_ADDRESS) {
				list.removeFirst();
			}
			return list;
		});
	}

	private Duration waitFor(String key, int limit, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return Duration.ZERO;
		}
		synchronized (times) {
			times.removeIf(t -> !t.isAfter(now.minus(WINDOW)));
			if (times.size() < limit) {
				return Duration.ZERO;
			}
			Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElse(now);
			return Duration.between(now, oldestCounted.plus(WINDOW));
		}
	}

	private void prune(Instant now) {
		failures.entrySet().removeIf(e -> e.getValue().stream().allMatch(t -> !t.isAfter(now.minus(WINDOW))));
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
