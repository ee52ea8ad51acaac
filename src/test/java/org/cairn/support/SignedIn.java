package org.cairn.support;

import java.util.List;

import org.cairn.support.TestData.Person;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Page requests as a signed-in person, with the same principal the sign-in form produces.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(Person person) {
		var actor = person.actor();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()))));
	}

}
