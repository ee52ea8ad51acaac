package org.cairn.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** Logic takes this clock, never {@code now()}, so tests can move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
