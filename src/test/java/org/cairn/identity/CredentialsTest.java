package org.cairn.identity;

import org.cairn.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsTest {

	@Test
	void usernamesAreTrimmedAndLowerCased() {
		assertThat(Credentials.of("  Alex.M ", "a-long-password").username()).isEqualTo("alex.m");
	}

	@Test
	void refusesShortPasswordsAndOddUsernamesNamingEachField() {
		assertThatThrownBy(() -> Credentials.of("a b", "short")).isInstanceOf(InvalidInputException.class)
			.satisfies(
					ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsKeys("username", "password"));
		assertThatThrownBy(() -> Credentials.of(null, null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Credentials.of("alex", "x".repeat(129))).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void neverPrintsThePassword() {
		assertThat(Credentials.of("alex", "a-long-password").toString()).doesNotContain("a-long-password");
	}

}
