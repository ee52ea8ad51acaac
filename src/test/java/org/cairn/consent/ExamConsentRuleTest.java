package org.cairn.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cairn.consent.ExamEvent.Kind;
import org.cairn.platform.AccountId;
import org.cairn.platform.InvalidInputException;
import org.cairn.platform.PatientId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consent to internal examination, worked through the visits of one patient. */
class ExamConsentRuleTest {

	private static final Instant OPENED = Instant.parse("2026-11-03T09:00:00Z");

	private static final Instant END_OF_DAY = Instant.parse("2026-11-04T00:00:00Z");

	private static final AccountId PHYSIO = AccountId.random();

	private static final ExamPreferences SINGLE_DIGIT_OK = new ExamPreferences(1,
			Set.of(ExamProcedure.INTERNAL_SINGLE_DIGIT), null, false, null, null, "pineapple", false, null, OPENED);

	private final List<ExamEvent> events = new ArrayList<>();

	private VisitConsent visit() {
		return new VisitConsent(EncounterId.random(), PatientId.random(), PHYSIO, OPENED, END_OF_DAY, events);
	}

	private void record(Kind kind, ExamProcedure procedure, Instant at) {
		events.add(new ExamEvent(kind, procedure, PHYSIO, "Jordan Lee", true, null, at));
	}

	@Test
	void internalExaminationIsOffUntilThePatientSaysYes() {
		assertThat(visit().inEffect(ExamProcedure.INTERNAL_SINGLE_DIGIT)).isFalse();
		assertThat(visit().mayChartInternalFindings()).isFalse();
		assertThat(visit().inEffect(ExamProcedure.EXTERNAL)).isTrue();

		Instant tenPast = OPENED.plusSeconds(600);
		assertThat(ExamConsentRule.decide(visit(), SINGLE_DIGIT_OK, ExamProcedure.INTERNAL_SINGLE_DIGIT, true, tenPast))
			.isTrue();
		record(Kind.GIVEN, ExamProcedure.INTERNAL_SINGLE_DIGIT, tenPast);
		assertThat(visit().mayChartInternalFindings()).isTrue();
		assertThat(visit().inEffect(ExamProcedure.SPECULUM)).as("consent is per examination").isFalse();
	}

	@Test
	void withdrawingAtAnyTimeStopsInternalCharting() {
		record(Kind.GIVEN, ExamProcedure.INTERNAL_SINGLE_DIGIT, OPENED.plusSeconds(60));
		Instant nextWeek = END_OF_DAY.plusSeconds(7 * 86_400);
		assertThat(
				ExamConsentRule.decide(visit(), SINGLE_DIGIT_OK, ExamProcedure.INTERNAL_SINGLE_DIGIT, false, nextWeek))
			.as("withdrawal is accepted even after the visit's day")
			.isTrue();
		record(Kind.WITHDRAWN, ExamProcedure.INTERNAL_SINGLE_DIGIT, nextWeek);
		assertThat(visit().mayChartInternalFindings()).isFalse();
		assertThat(visit().lastDecision(ExamProcedure.INTERNAL_SINGLE_DIGIT)).get()
			.extracting(ExamEvent::kind)
			.isEqualTo(Kind.WITHDRAWN);
	}

	@Test
	void refusesConsentToASpeculumExaminationWhileThePreferencesDoNotIncludeIt() {
		assertThatThrownBy(() -> ExamConsentRule.decide(visit(), SINGLE_DIGIT_OK, ExamProcedure.SPECULUM, true,
				OPENED.plusSeconds(60)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsKey("procedure"))
			.hasMessageContaining("speculum");
		assertThatThrownBy(() -> ExamConsentRule.decide(visit(), ExamPreferences.DEFAULT,
				ExamProcedure.INTERNAL_SINGLE_DIGIT, true, OPENED.plusSeconds(60)))
			.as("no preferences written reads as external only")
			.isInstanceOf(InvalidInputException.class);
		ExamPreferences changed = new ExamPreferences(2,
				Set.of(ExamProcedure.INTERNAL_SINGLE_DIGIT, ExamProcedure.SPECULUM), null, false, null, null, null,
				false, null, OPENED);
		assertThat(ExamConsentRule.decide(visit(), changed, ExamProcedure.SPECULUM, true, OPENED.plusSeconds(60)))
			.isTrue();
	}

	@Test
	void consentIsGivenOnlyOnTheVisitsOwnDay() {
		assertThatThrownBy(() -> ExamConsentRule.decide(visit(), SINGLE_DIGIT_OK, ExamProcedure.INTERNAL_SINGLE_DIGIT,
				true, END_OF_DAY))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsKey("decision"));
	}

	@Test
	void anExternalExaminationNeedsNoRecordedConsent() {
		assertThatThrownBy(() -> ExamConsentRule.decide(visit(), SINGLE_DIGIT_OK, ExamProcedure.EXTERNAL, true, OPENED))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void sayingAgainWhatIsAlreadySoRecordsNothing() {
		assertThat(ExamConsentRule.decide(visit(), SINGLE_DIGIT_OK, ExamProcedure.INTERNAL_SINGLE_DIGIT, false, OPENED))
			.as("withdrawing what was never given")
			.isFalse();
		record(Kind.GIVEN, ExamProcedure.INTERNAL_SINGLE_DIGIT, OPENED);
		assertThat(ExamConsentRule.decide(visit(), SINGLE_DIGIT_OK, ExamProcedure.INTERNAL_SINGLE_DIGIT, true,
				OPENED.plusSeconds(5)))
			.as("a second tap")
			.isFalse();
	}

	@Test
	void aPauseOrAStopIsRecordedAndResumesOnlyAfterOne() {
		assertThat(visit().course()).isEqualTo(VisitConsent.Course.NOT_PAUSED);
		assertThatThrownBy(() -> ExamConsentRule.course(visit(), Kind.RESUMED))
			.isInstanceOf(InvalidInputException.class);
		assertThat(ExamConsentRule.course(visit(), Kind.PAUSED)).isTrue();
		events.add(new ExamEvent(Kind.PAUSED, null, PHYSIO, "Jordan Lee", false, null, OPENED));
		assertThat(visit().course()).isEqualTo(VisitConsent.Course.PAUSED);
		assertThat(ExamConsentRule.course(visit(), Kind.PAUSED)).as("already paused").isFalse();
		assertThat(ExamConsentRule.course(visit(), Kind.STOPPED)).isTrue();
		events.add(new ExamEvent(Kind.STOPPED, null, PHYSIO, "Jordan Lee", false, null, OPENED));
		assertThat(visit().course()).isEqualTo(VisitConsent.Course.STOPPED);
		assertThatThrownBy(() -> ExamConsentRule.course(visit(), Kind.PAUSED))
			.isInstanceOf(InvalidInputException.class);
		assertThat(ExamConsentRule.course(visit(), Kind.RESUMED)).as("the patient chooses to carry on").isTrue();
	}

	@Test
	void preferencesAreCheckedWholeAndNameEveryProblem() {
		ExamPreferences.Draft draft = new ExamPreferences.Draft(null, "x".repeat(201), null, null, null,
				"y".repeat(101), null, "z".repeat(1001));
		assertThatThrownBy(() -> draft.validated(1, OPENED)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).fieldErrors()).containsOnlyKeys("acceptable",
					"chaperone", "observersAllowed", "supportPerson", "stopSignal", "copingPlan"));
		ExamPreferences ok = new ExamPreferences.Draft(Set.of(), " Sam ", true, null, " ", null, false, null)
			.validated(3, OPENED);
		assertThat(ok.externalOnly()).isTrue();
		assertThat(ok.supportPerson()).isEqualTo("Sam");
		assertThat(ok.clothing()).isNull();
	}

}
