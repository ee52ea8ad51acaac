package org.cairn.assessment;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.cairn.consent.EncounterId;
import org.cairn.consent.ExamPreferenceRecords;
import org.cairn.consent.ExamPreferences;
import org.cairn.consent.ExamProcedure;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Builds assessment records through the module's own services, for tests that declare
 * their requests in static tables (the authorization matrix). Registered in every test
 * context by the component scan; it keeps the contexts that are open, and uses the one
 * whose database holds the patient, since a test run may have several (the browser tests
 * have their own) and closes some of them along the way.
 */
@Component
public class AssessmentFixtures implements ApplicationContextAware, ApplicationListener<ContextClosedEvent> {

	private static final Set<ApplicationContext> OPEN = new CopyOnWriteArraySet<>();

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		OPEN.add(applicationContext);
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		OPEN.remove(event.getApplicationContext());
	}

	/** The open context whose database holds this patient. */
	private static ApplicationContext of(PatientRecord patient) {
		for (ApplicationContext candidate : OPEN) {
			try {
				if (candidate.getBean(org.cairn.patients.Patients.class).find(patient.id()).isPresent()) {
					return candidate;
				}
			}
			catch (IllegalStateException closing) {
				OPEN.remove(candidate);
			}
		}
		throw new IllegalStateException("no open test context holds this patient");
	}

	/** The patient shares every category with the clinician (trauma history included). */
	public static void shareEverything(PatientRecord patient, Person clinician) {
		java.util.Map<org.cairn.consent.DataCategory, Boolean> all = new java.util.EnumMap<>(
				org.cairn.consent.DataCategory.class);
		for (org.cairn.consent.DataCategory category : org.cairn.consent.DataCategory.values()) {
			if (!category.alwaysShared()) {
				all.put(category, true);
			}
		}
		of(patient).getBean(org.cairn.consent.SharingGrants.class)
			.decide(patient.person().actor(), patient.id(), clinician.account().id(), all);
	}

	private static final java.util.Map<String, String> COUNTS = java.util.Map.of("preferences",
			"select count(*) from consent_exam_preferences where patient_id = ?", "encounters",
			"select count(*) from assessment_encounter where patient_id = ?", "voided-encounters",
			"select count(*) from assessment_encounter where patient_id = ? and voided_at is not null", "findings",
			"select count(*) from assessment_finding where patient_id = ?", "voided-findings",
			"select count(*) from assessment_finding where patient_id = ? and voided_at is not null", "notes",
			"select count(*) from assessment_note where patient_id = ?", "voided-notes",
			"select count(*) from assessment_note where patient_id = ? and voided_at is not null", "exam-events",
			"select count(*) from consent_exam_event e join consent_exam_visit v on v.encounter_id = e.encounter_id where v.patient_id = ?");

	/**
	 * What a refused request must leave unchanged, as "name=count" pairs; first the
	 * patient shares everything with the clinician, so that what is refused is the input,
	 * never the caller.
	 */
	public static String state(Person clinician, PatientRecord patient, String... what) {
		shareEverything(patient, clinician);
		org.springframework.jdbc.core.simple.JdbcClient jdbc = of(patient)
			.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		StringBuilder state = new StringBuilder();
		for (String name : what) {
			state.append(name)
				.append('=')
				.append(jdbc.sql(COUNTS.get(name)).param(patient.id().value()).query(Long.class).single())
				.append(' ');
		}
		return state.toString();
	}

	/**
	 * A visit opened today by the clinician, whose patient finds every examination
	 * acceptable.
	 */
	public static String visit(Person clinician, PatientRecord patient) {
		of(patient).getBean(ExamPreferenceRecords.class)
			.save(patient.person().actor(), patient.id(),
					new ExamPreferences.Draft(Set.of(ExamProcedure.INTERNAL_SINGLE_DIGIT, ExamProcedure.SPECULUM), null,
							false, null, null, "red", false, null));
		return of(patient).getBean(Encounters.class)
			.open(clinician.actor(), patient.id(), Encounter.VisitType.INITIAL)
			.id()
			.toString();
	}

	/** An external finding charted at a new visit; answers the finding's id. */
	public static String finding(Person clinician, PatientRecord patient) {
		String visit = visit(clinician, patient);
		return of(patient).getBean(Encounters.class)
			.chart(clinician.actor(), patient.id(), EncounterId.parse(visit),
					List.of(new ExamEntry.Raw("findings[0]", "posture", null, "finding", null, null, null)))
			.get(0)
			.id()
			.toString();
	}

	/** A clinical note written by the clinician; answers its id. */
	public static String note(Person clinician, PatientRecord patient) {
		return of(patient).getBean(Notes.class)
			.write(clinician.actor(), patient.id(), NoteKind.CLINICAL_NOTES,
					Note.Soap.of("Pain on sitting is easing.", null, null, null))
			.id()
			.toString();
	}

}
