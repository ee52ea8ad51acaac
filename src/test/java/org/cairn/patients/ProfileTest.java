package org.cairn.patients;

import java.time.LocalDate;
import java.util.Locale;

import org.cairn.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void keepsWhatThePatientSaysAboutThemselves() {
		Profile profile = Profile.of(" Sam ", "they/them", "1990-02-03", "Europe/Lisbon", "pt", TODAY);
		assertThat(profile.preferredName()).isEqualTo("Sam");
		assertThat(profile.pronouns()).isEqualTo("they/them");
		assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.of(1990, 2, 3));
		assertThat(profile.timeZone().getId()).isEqualTo("Europe/Lisbon");
		assertThat(profile.language()).isEqualTo(Locale.forLanguageTag("pt"));
	}

	@Test
	void blankOptionalAnswersAreStoredAsAbsent() {
		Profile profile = Profile.of("", "  ", "", "UTC", "en", TODAY);
		assertThat(profile.preferredName()).isNull();
		assertThat(profile.pronouns()).isNull();
		assertThat(profile.dateOfBirth()).isNull();
	}

	@Test
	void namesEveryFieldThatNeedsASecondLook() {
		assertThatThrownBy(() -> Profile.of("x".repeat(101), "p".repeat(61), "2030-01-01", "Mars/Olympus", "zz", TODAY))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsOnlyKeys("preferredName",
					"pronouns", "dateOfBirth", "timeZone", "language"));
		assertThatThrownBy(() -> Profile.of(null, null, "22/11/1990", "UTC", "en", TODAY))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void invitationNeedsANameAndAPlausibleEmail() {
		assertThat(NewPatient.of(" Alex Morgan ", "alex@example.org", null).language()).isEqualTo(Locale.ENGLISH);
		assertThatThrownBy(() -> NewPatient.of("", "alex@", "en")).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsOnlyKeys("name", "email"));
	}

}
