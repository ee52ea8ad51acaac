package org.cairn.contributors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cairn.questionnaires.ConceptAnswer;
import org.cairn.questionnaires.Intake;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PainProfilesTest {

	static ConceptAnswer answered(Object... values) {
		return new ConceptAnswer(ConceptAnswer.State.ANSWERED, List.of(values));
	}

	@Test
	void describesProvokedSuperficialSecondaryPainThatLastsAfter() {
		Intake intake = new Intake(UUID.randomUUID(), Instant.now(),
				Map.of("pain-activities", answered("penetration", "tampon"), "pain-location", answered("superficial"),
						"pain-onset", answered("secondary"), "pain-quality", answered("burning", "sharp"),
						"pain-after-hours", answered(3), "pain-fluctuates", answered(false)));

		PainProfile profile = PainProfiles.from(intake);

		assertThat(profile).isEqualTo(new PainProfile("superficial", "provoked", "secondary", "persistent",
				List.of("burning", "sharp"), List.of("penetration", "tampon")));
	}

	@Test
	void callsPainMixedWhenItComesWithActivitiesAndAlsoWithoutATrigger() {
		Intake intake = new Intake(UUID.randomUUID(), Instant.now(), Map.of("pain-activities", answered("sitting"),
				"pain-fluctuates", answered(true), "pain-after-hours", answered(0)));

		PainProfile profile = PainProfiles.from(intake);

		assertThat(profile.provocation()).isEqualTo("mixed");
		assertThat(profile.temporalPattern()).isEqualTo("immediate");
		assertThat(profile.location()).isNull();
	}

	@Test
	void leavesOutWhatWasDeclined() {
		Intake intake = new Intake(UUID.randomUUID(), Instant.now(),
				Map.of("pain-location", new ConceptAnswer(ConceptAnswer.State.DECLINED, List.of())));

		assertThat(PainProfiles.from(intake).isEmpty()).isTrue();
		assertThat(PainProfiles.from(null).isEmpty()).isTrue();
	}

}
