package org.cairn.demo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether to create the demo practice; unset means "only on the embedded
 * database"
 * @param password the demo accounts' password; unset means a new one is generated and
 * printed at each start
 */
@ConfigurationProperties("cairn.demo")
record DemoProperties(@Nullable Boolean enabled, @Nullable String password) {
}
