package org.cairn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.patients.Patients;
import org.cairn.questionnaires.ResponseJson;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.CareTeam;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Deny by default, proven: every handler mapping in the application must be declared here
 * with the status each kind of caller gets. A new endpoint without a row fails
 * {@link #everyEndpointHasDeclaredExpectations()}; a row that no longer matches an
 * endpoint fails too.
 *
 * <p>
 * The callers, for one patient's record: nobody signed in; the patient; another patient;
 * an active team member the patient shares every category with; an active team member the
 * patient shares nothing optional with; a clinician outside the team; a practice admin.
 */
class AuthorizationMatrixIT extends IntegrationTest {

	enum Caller {

		ANONYMOUS, PATIENT, OTHER_PATIENT, MEMBER_WITH_GRANTS, MEMBER_WITHOUT_GRANTS, OUTSIDER, PRACTICE_ADMIN

	}

	/**
	 * Endpoints that carry no patient data and need no row of expectations, with the
	 * reason.
	 */
	private static final Map<String, String> EXEMPT = Map.of("ANY /error",
			"the container's error dispatch; it renders the status it is given");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	SharingGrants sharing;

	@Autowired
	CareTeam team;

	@Autowired
	Patients patients;

	@Autowired
	JdbcClient jdbc;

	/** A PHQ-9 with item 9 = 1: opens an urgent safety alert. */
	private static final String PHQ9_ITEM9 = ResponseJson.of("phq9", ResponseJson.numbered(1, 1, 1, 1, 1, 1, 1, 1, 1));

	/**
	 * One patient's record and everyone around it, built fresh for each request that
	 * changes data.
	 */
	final class Scene {

		final Person inviter = data.clinician(Discipline.PELVIC_FLOOR_PT);

		final Person withGrants = inviter;

		final Person withoutGrants = data.clinician(Discipline.SEX_THERAPY);

		final Person outsider = data.clinician(Discipline.UROLOGY);

		final Person suggested = data.clinician(Discipline.GASTROENTEROLOGY);

		final Person admin = data.practiceAdmin();

		final PatientRecord patient = data.patient(inviter, withoutGrants);

		final PatientRecord otherPatient = data.patient(outsider);

		final String invitationToken = data.invitedPatient(outsider).invitationToken();

		private String alertId;

		/**
		 * An open safety alert on the patient's record, raised through the API on first
		 * use.
		 */
		String alert() {
			if (alertId == null) {
				try {
					mvc.perform(post(p(this) + "/responses").header("Authorization", patient.bearer())
						.contentType(MediaType.APPLICATION_JSON)
						.content(PHQ9_ITEM9));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				alertId = jdbc.sql("select id from safety_alert where patient_id = ?")
					.param(patient.id().value())
					.query(String.class)
					.single();
			}
			return alertId;
		}

		Scene() {
			Map<DataCategory, Boolean> all = new EnumMap<>(DataCategory.class);
			Map<DataCategory, Boolean> none = new EnumMap<>(DataCategory.class);
			for (DataCategory category : DataCategory.values()) {
				all.put(category, true);
				if (!category.alwaysShared()) {
					none.put(category, false);
				}
			}
			sharing.decide(patient.person().actor(), patient.id(), withGrants.account().id(), all);
			sharing.decide(patient.person().actor(), patient.id(), withoutGrants.account().id(), none);
			team.invite(patient.id(), suggested.account().id(), inviter.account().id());
		}

		Person person(Caller caller) {
			return switch (caller) {
				case ANONYMOUS -> null;
				case PATIENT -> patient.person();
				case OTHER_PATIENT -> otherPatient.person();
				case MEMBER_WITH_GRANTS -> withGrants;
				case MEMBER_WITHOUT_GRANTS -> withoutGrants;
				case OUTSIDER -> outsider;
				case PRACTICE_ADMIN -> admin;
			};
		}

		String bearer(Caller caller) {
			return switch (caller) {
				case ANONYMOUS -> null;
				case PATIENT -> patient.bearer();
				case OTHER_PATIENT -> otherPatient.bearer();
				case MEMBER_WITH_GRANTS -> withGrants.bearer();
				case MEMBER_WITHOUT_GRANTS -> withoutGrants.bearer();
				case OUTSIDER -> outsider.bearer();
				case PRACTICE_ADMIN -> admin.bearer();
			};
		}

	}

	record Row(HttpMethod method, String pattern, Function<Scene, String> uri, Function<Scene, String> body,
			Map<Caller, Integer> expected) {

		String key() {
			return method.name() + " " + pattern;
		}

	}

	private static Row row(String method, String pattern, Function<Scene, String> uri, Function<Scene, String> body,
			int anonymous, int patient, int otherPatient, int memberWith, int memberWithout, int outsider, int admin) {
		Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
		expected.put(Caller.ANONYMOUS, anonymous);
		expected.put(Caller.PATIENT, patient);
		expected.put(Caller.OTHER_PATIENT, otherPatient);
		expected.put(Caller.MEMBER_WITH_GRANTS, memberWith);
		expected.put(Caller.MEMBER_WITHOUT_GRANTS, memberWithout);
		expected.put(Caller.OUTSIDER, outsider);
		expected.put(Caller.PRACTICE_ADMIN, admin);
		return new Row(HttpMethod.valueOf(method), pattern, uri, body, expected);
	}

	private static Function<Scene, String> none() {
		return s -> null;
	}

	private static String p(Scene s) {
		return "/api/v1/patients/" + s.patient.id();
	}

	/** A made-up one-item questionnaire with a fresh id, for import rows. */
	private static String importable() {
		return "{\"resourceType\": \"Questionnaire\", \"id\": \"matrix-" + org.cairn.support.TestData.unique()
				+ "\", \"status\": \"active\", \"item\": [{\"linkId\": \"1\", \"type\": \"choice\", "
				+ "\"answerOption\": [{\"valueInteger\": 0}, {\"valueInteger\": 3}]}]}";
	}

	static List<Row> rows() {
		return List.of(
		// @formatter:off
			//   method  pattern                                            anon  pat  other with w/o  out  admin
			row("POST", "/api/v1/auth/token", s -> "/api/v1/auth/token",
					s -> "{\"username\": \"nobody-" + org.cairn.support.TestData.unique() + "\", \"password\": \"wrong-password\"}",
					401, 401, 401, 401, 401, 401, 401),
			row("GET", "/api/v1/me", s -> "/api/v1/me", none(),
					401, 200, 200, 200, 200, 200, 200),
			row("GET", "/api/v1/clinicians", s -> "/api/v1/clinicians", none(),
					401, 200, 200, 200, 200, 200, 200),
			row("POST", "/api/v1/patients", s -> "/api/v1/patients",
					s -> "{\"name\": \"New Person\", \"email\": \"new@example.org\", \"language\": \"en\"}",
					401, 403, 403, 201, 201, 201, 403),
			// The invitation link is the credential; whoever holds it may use it, once.
			row("POST", "/api/v1/invitations/{token}", s -> "/api/v1/invitations/" + s.invitationToken,
					s -> "{\"username\": \"u" + org.cairn.support.TestData.unique() + "\", \"password\": \"a-long-password\"}",
					201, 201, 201, 201, 201, 201, 201),
			row("GET", "/api/v1/patients/{patientId}/profile", s -> p(s) + "/profile", none(),
					401, 200, 404, 200, 200, 404, 404),
			row("PUT", "/api/v1/patients/{patientId}/profile", s -> p(s) + "/profile",
					s -> "{\"preferredName\": \"Sam\", \"timeZone\": \"Europe/Paris\", \"language\": \"fr\"}",
					401, 200, 404, 403, 403, 404, 404),
			row("GET", "/api/v1/patients/{patientId}/team", s -> p(s) + "/team", none(),
					401, 200, 404, 200, 200, 404, 404),
			row("POST", "/api/v1/patients/{patientId}/team", s -> p(s) + "/team",
					s -> "{\"clinicianId\": \"" + s.outsider.account().id() + "\"}",
					401, 403, 403, 201, 201, 404, 403),
			row("POST", "/api/v1/patients/{patientId}/team/{clinicianId}/accept",
					s -> p(s) + "/team/" + s.suggested.account().id() + "/accept", none(),
					401, 200, 404, 403, 403, 404, 404),
			row("POST", "/api/v1/patients/{patientId}/team/{clinicianId}/decline",
					s -> p(s) + "/team/" + s.suggested.account().id() + "/decline", none(),
					401, 200, 404, 403, 403, 404, 404),
			row("POST", "/api/v1/patients/{patientId}/team/{clinicianId}/end",
					s -> p(s) + "/team/" + s.withoutGrants.account().id() + "/end", none(),
					401, 200, 404, 403, 403, 404, 404),
			row("GET", "/api/v1/patients/{patientId}/sharing", s -> p(s) + "/sharing", none(),
					401, 200, 404, 403, 403, 404, 404),
			row("PUT", "/api/v1/patients/{patientId}/sharing", s -> p(s) + "/sharing",
					s -> "{\"clinicianId\": \"" + s.withoutGrants.account().id() + "\", \"grants\": {\"diary\": true}}",
					401, 200, 404, 403, 403, 404, 404),
			row("GET", "/api/v1/patients/{patientId}/access-log", s -> p(s) + "/access-log", none(),
					401, 200, 404, 403, 403, 404, 404),
			// Instrument definitions carry no patient data.
			row("GET", "/api/v1/instruments", s -> "/api/v1/instruments", none(),
					401, 200, 200, 200, 200, 200, 200),
			row("GET", "/api/v1/instruments/{code}", s -> "/api/v1/instruments/phq9", none(),
					401, 200, 200, 200, 200, 200, 200),
			// A self-reported instrument (nrs-pain, medical-history): only the patient answers it.
			row("POST", "/api/v1/patients/{patientId}/responses", s -> p(s) + "/responses",
					s -> ResponseJson.of("nrs-pain", Map.of("penetration", 6)),
					401, 201, 404, 403, 403, 404, 404),
			row("GET", "/api/v1/patients/{patientId}/scores", s -> p(s) + "/scores?instrument=fsfi", none(),
					401, 200, 404, 200, 403, 404, 404),
			// Alerts are seen by every active team member whatever the grants; clinicians act on them.
			row("GET", "/api/v1/patients/{patientId}/alerts", s -> {
						s.alert();
						return p(s) + "/alerts";
					}, none(),
					401, 200, 404, 200, 200, 404, 404),
			row("POST", "/api/v1/patients/{patientId}/alerts/{alertId}/acknowledge",
					s -> p(s) + "/alerts/" + s.alert() + "/acknowledge", none(),
					401, 403, 403, 200, 200, 404, 403),
			row("POST", "/api/v1/patients/{patientId}/alerts/{alertId}/resolve",
					s -> p(s) + "/alerts/" + s.alert() + "/resolve",
					s -> "{\"note\": \"Called the patient: safe, seeing their doctor today.\"}",
					401, 403, 403, 200, 200, 404, 403),

			// Pages. Anonymous visitors of a private page are sent to sign in (302).
			row("GET", "/login", s -> "/login", none(),
					200, 200, 200, 200, 200, 200, 200),
			row("GET", "/", s -> "/", none(),
					302, 302, 302, 302, 302, 302, 302),
			// Anyone holding an invitation link may open it and use it, once.
			row("GET", "/invitations/{token}", s -> "/invitations/" + s.invitationToken, none(),
					200, 200, 200, 200, 200, 200, 200),
			row("POST", "/invitations/{token}", s -> "/invitations/" + s.invitationToken,
					s -> "username=u" + org.cairn.support.TestData.unique()
							+ "&password=a-long-password&passwordAgain=a-long-password&timeZone=Europe/London&language=en",
					302, 302, 302, 302, 302, 302, 302),

			// The patient's own pages always show the signed-in patient's own record: another patient
			// sees theirs, never this one; staff are turned away.
			row("GET", "/today", s -> "/today", none(),
					302, 200, 200, 403, 403, 403, 403),
			row("GET", "/profile", s -> "/profile", none(),
					302, 200, 200, 403, 403, 403, 403),
			row("POST", "/profile", s -> "/profile", s -> "preferredName=Sam&timeZone=Europe/London&language=en",
					302, 302, 302, 403, 403, 403, 403),
			row("GET", "/team", s -> "/team", none(),
					302, 200, 200, 403, 403, 403, 403),
			row("POST", "/team/{clinicianId}/accept", s -> "/team/" + s.suggested.account().id() + "/accept", none(),
					302, 302, 409, 403, 403, 403, 403),
			row("POST", "/team/{clinicianId}/decline", s -> "/team/" + s.suggested.account().id() + "/decline", none(),
					302, 302, 409, 403, 403, 403, 403),
			row("GET", "/team/{clinicianId}/end", s -> "/team/" + s.withoutGrants.account().id() + "/end", none(),
					302, 200, 404, 403, 403, 403, 403),
			row("POST", "/team/{clinicianId}/end", s -> "/team/" + s.withoutGrants.account().id() + "/end", none(),
					302, 302, 409, 403, 403, 403, 403),
			row("GET", "/privacy", s -> "/privacy", none(),
					302, 200, 200, 403, 403, 403, 403),
			row("POST", "/privacy", s -> "/privacy",
					s -> "clinicianId=" + s.withoutGrants.account().id() + "&share=diary",
					302, 302, 422, 403, 403, 403, 403),
			row("GET", "/privacy/access-log", s -> "/privacy/access-log", none(),
					302, 200, 200, 403, 403, 403, 403),
			// Questionnaire pages: always the signed-in patient's own answers and drafts.
			row("GET", "/questionnaires", s -> "/questionnaires", none(),
					302, 200, 200, 403, 403, 403, 403),
			row("GET", "/questionnaires/{code}", s -> "/questionnaires/cairn-intake", none(),
					302, 200, 200, 403, 403, 403, 403),
			row("POST", "/questionnaires/{code}", s -> "/questionnaires/cairn-intake",
					s -> "page=page-1&action=save&a.pain-worst-nrs=4",
					302, 302, 302, 403, 403, 403, 403),

			// Clinician pages.
			row("GET", "/caseload", s -> "/caseload", none(),
					302, 403, 403, 200, 200, 200, 403),
			row("GET", "/patients/new", s -> "/patients/new", none(),
					302, 403, 403, 200, 200, 200, 403),
			row("POST", "/patients/new", s -> "/patients/new", s -> "name=New+Person&email=new%40example.org&language=en",
					302, 403, 403, 200, 200, 200, 403),
			row("GET", "/patients/{patientId}", s -> "/patients/" + s.patient.id(), none(),
					302, 403, 403, 200, 200, 404, 403),
			row("POST", "/patients/{patientId}/team", s -> "/patients/" + s.patient.id() + "/team",
					s -> "clinicianId=" + s.outsider.account().id(),
					302, 403, 403, 302, 302, 404, 403),

			// The practice admin's page: people, never patient data.
			row("GET", "/practice", s -> "/practice", none(),
					302, 403, 403, 403, 403, 403, 200),

			// --- measures and import ---
			// The patient's score pages show the signed-in patient's own record; staff are turned away.
			row("GET", "/progress/measures", s -> "/progress/measures", none(),
					302, 200, 200, 403, 403, 403, 403),
			row("GET", "/progress/measures/{code}", s -> "/progress/measures/phq9", none(),
					302, 200, 200, 403, 403, 403, 403),
			// A clinician's view of a patient's PHQ-9 needs mental-health shared with them.
			row("GET", "/patients/{patientId}/measures/{code}", s -> "/patients/" + s.patient.id() + "/measures/phq9", none(),
					302, 403, 403, 200, 403, 404, 403),
			// Importing a licensed questionnaire: practice admins only, pages and API.
			row("GET", "/practice/instruments/import", s -> "/practice/instruments/import", none(),
					302, 403, 403, 403, 403, 403, 200),
			row("POST", "/practice/instruments/import", s -> "/practice/instruments/import",
					s -> "questionnaire=" + java.net.URLEncoder.encode(importable(), java.nio.charset.StandardCharsets.UTF_8)
							+ "&category=mental-health&direction=lower-is-better&kind=sum",
					302, 403, 403, 403, 403, 403, 302),
			row("POST", "/api/v1/instruments", s -> "/api/v1/instruments",
					s -> "{\"questionnaire\": " + importable() + ", \"category\": \"mental-health\", "
							+ "\"scoring\": {\"kind\": \"sum\", \"direction\": \"lower-is-better\"}}",
					401, 403, 403, 403, 403, 403, 201),
			// --- schedules and alerts ---
			// What is due lists codes and dates only (core); PHQ-9/GAD-7 repeats follow mental health.
			row("GET", "/api/v1/patients/{patientId}/due", s -> p(s) + "/due", none(),
					401, 200, 404, 200, 200, 404, 404),
			row("GET", "/practice/schedule", s -> "/practice/schedule", none(),
					302, 403, 403, 403, 403, 403, 200),
			row("POST", "/practice/schedule", s -> "/practice/schedule",
					s -> "weeks-nrs-pain=2&weeks-fsfi=4&weeks-peg=4&weeks-phq9=4&raised-phq9=on&weeks-gad7=",
					302, 403, 403, 403, 403, 403, 302),
			// The alert page acts through the same policy as the API: any clinician on the team.
			row("GET", "/patients/{patientId}/alerts", s -> {
						s.alert();
						return "/patients/" + s.patient.id() + "/alerts";
					}, none(),
					302, 403, 403, 200, 200, 404, 403),
			row("POST", "/patients/{patientId}/alerts/{alertId}/acknowledge",
					s -> "/patients/" + s.patient.id() + "/alerts/" + s.alert() + "/acknowledge", none(),
					302, 403, 403, 302, 302, 404, 403),
			row("POST", "/patients/{patientId}/alerts/{alertId}/resolve",
					s -> "/patients/" + s.patient.id() + "/alerts/" + s.alert() + "/resolve",
					s -> "note=Called+the+patient%3A+safe%2C+seeing+their+doctor+today.",
					302, 403, 403, 302, 302, 404, 403)
			// Each module adds its rows between its own markers, each row starting with a comma.
			// --- contributors ---
			// The map is read under core, its reasons follow the grants; a review needs the area's own category.
			, row("GET", "/api/v1/patients/{patientId}/contributors", s -> p(s) + "/contributors", none(),
					401, 200, 404, 200, 200, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/contributors/{code}/review", s -> p(s) + "/contributors/bowel/review",
					s -> "{\"view\": \"confirmed\", \"reason\": \"Straining confirmed at the visit.\"}",
					401, 403, 403, 201, 403, 404, 403)
			, row("GET", "/care/areas", s -> "/care/areas", none(),
					302, 200, 200, 403, 403, 403, 403)
			, row("GET", "/patients/{patientId}/contributors", s -> "/patients/" + s.patient.id() + "/contributors", none(),
					302, 403, 403, 200, 200, 404, 403)
			, row("POST", "/patients/{patientId}/contributors/{code}/review",
					s -> "/patients/" + s.patient.id() + "/contributors/bowel/review",
					s -> "view=confirmed&reason=Straining+confirmed+at+the+visit.",
					302, 403, 403, 302, 403, 404, 403)
			// (end contributors)

			// --- assessment ---
			// Examination preferences are core: every team member sees them before an examination; only the patient changes them.
			, row("GET", "/api/v1/patients/{patientId}/exam-preferences", s -> p(s) + "/exam-preferences", none(),
					401, 200, 404, 200, 200, 404, 404)
			, row("GET", "/api/v1/patients/{patientId}/exam-preferences/history", s -> p(s) + "/exam-preferences/history", none(),
					401, 200, 404, 200, 200, 404, 404)
			, row("PUT", "/api/v1/patients/{patientId}/exam-preferences", s -> p(s) + "/exam-preferences",
					s -> "{\"acceptable\": [\"internal-single-digit\"], \"chaperone\": true, \"observersAllowed\": false, \"stopSignal\": \"red\"}",
					401, 200, 404, 403, 403, 404, 404)
			// Visits and findings need exam-findings shared; only the visit's own clinician charts in it.
			, row("POST", "/api/v1/patients/{patientId}/encounters", s -> p(s) + "/encounters", s -> "{\"type\": \"initial\"}",
					401, 403, 403, 201, 403, 404, 403)
			, row("GET", "/api/v1/patients/{patientId}/encounters", s -> p(s) + "/encounters", none(),
					401, 200, 404, 200, 403, 404, 404)
			, row("GET", "/api/v1/patients/{patientId}/encounters/{encounterId}",
					s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient), none(),
					401, 200, 404, 200, 403, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/encounters/{encounterId}/findings",
					s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/findings",
					s -> "{\"findings\": [{\"item\": \"posture\", \"result\": \"finding\"}]}",
					401, 403, 403, 201, 403, 404, 403)
			, row("POST", "/api/v1/patients/{patientId}/encounters/{encounterId}/void",
					s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/void",
					s -> "{\"reason\": \"Opened for the wrong patient.\"}",
					401, 403, 403, 200, 403, 404, 403)
			, row("POST", "/api/v1/patients/{patientId}/findings/{findingId}/void",
					s -> p(s) + "/findings/" + org.cairn.assessment.AssessmentFixtures.finding(s.withGrants, s.patient) + "/void",
					s -> "{\"reason\": \"Charted on the wrong side.\"}",
					401, 403, 403, 200, 403, 404, 403)
			// Consent and the course of an examination: the patient, or the visit's own clinician with exam-findings.
			, row("GET", "/api/v1/patients/{patientId}/encounters/{encounterId}/consent",
					s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/consent", none(),
					401, 200, 404, 200, 403, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/encounters/{encounterId}/consent",
					s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/consent",
					s -> "{\"procedure\": \"internal-single-digit\", \"decision\": \"give\"}",
					401, 200, 404, 200, 403, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/encounters/{encounterId}/events",
					s -> p(s) + "/encounters/" + org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/events",
					s -> "{\"kind\": \"pause\"}",
					401, 200, 404, 200, 403, 404, 404)
			// Notes follow their kind's category; the list shows each reader what they may see.
			, row("POST", "/api/v1/patients/{patientId}/notes", s -> p(s) + "/notes",
					s -> "{\"kind\": \"clinical-notes\", \"subjective\": \"Sitting is easier this week.\"}",
					401, 403, 403, 201, 403, 404, 403)
			, row("GET", "/api/v1/patients/{patientId}/notes", s -> p(s) + "/notes", none(),
					401, 200, 404, 200, 200, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/notes/{noteId}/void",
					s -> p(s) + "/notes/" + org.cairn.assessment.AssessmentFixtures.note(s.withGrants, s.patient) + "/void",
					s -> "{\"reason\": \"Written in the wrong chart.\"}",
					401, 403, 403, 200, 404, 404, 403)
			// The patient's own examination pages.
			, row("GET", "/privacy/exam-preferences", s -> "/privacy/exam-preferences", none(),
					302, 200, 200, 403, 403, 403, 403)
			, row("POST", "/privacy/exam-preferences", s -> "/privacy/exam-preferences",
					s -> "acceptable=internal-single-digit&chaperone=on&observersAllowed=no&stopSignal=red",
					302, 302, 302, 403, 403, 403, 403)
			, row("GET", "/privacy/exam-consent", s -> "/privacy/exam-consent", none(),
					302, 200, 200, 403, 403, 403, 403)
			, row("POST", "/privacy/exam-consent/{encounterId}",
					s -> "/privacy/exam-consent/" + org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient),
					s -> "procedure=internal-single-digit&decision=give",
					302, 302, 404, 403, 403, 403, 403)
			// The clinician's Assessment and Notes tabs.
			, row("GET", "/patients/{patientId}/assessment", s -> "/patients/" + s.patient.id() + "/assessment", none(),
					302, 403, 403, 200, 403, 404, 403)
			, row("POST", "/patients/{patientId}/assessment/encounters", s -> "/patients/" + s.patient.id() + "/assessment/encounters",
					s -> "type=initial",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/assessment/encounters/{encounterId}/findings",
					s -> "/patients/" + s.patient.id() + "/assessment/encounters/"
							+ org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/findings",
					s -> "external.posture=finding",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/assessment/encounters/{encounterId}/consent",
					s -> "/patients/" + s.patient.id() + "/assessment/encounters/"
							+ org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/consent",
					s -> "procedure=internal-single-digit&decision=give",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/assessment/encounters/{encounterId}/events",
					s -> "/patients/" + s.patient.id() + "/assessment/encounters/"
							+ org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/events",
					s -> "kind=pause",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/assessment/encounters/{encounterId}/void",
					s -> "/patients/" + s.patient.id() + "/assessment/encounters/"
							+ org.cairn.assessment.AssessmentFixtures.visit(s.withGrants, s.patient) + "/void",
					s -> "reason=Opened+for+the+wrong+patient.",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/assessment/findings/{findingId}/void",
					s -> "/patients/" + s.patient.id() + "/assessment/findings/"
							+ org.cairn.assessment.AssessmentFixtures.finding(s.withGrants, s.patient) + "/void",
					s -> "reason=Charted+on+the+wrong+side.",
					302, 403, 403, 302, 403, 404, 403)
			, row("GET", "/patients/{patientId}/notes", s -> "/patients/" + s.patient.id() + "/notes", none(),
					302, 403, 403, 200, 200, 404, 403)
			, row("POST", "/patients/{patientId}/notes", s -> "/patients/" + s.patient.id() + "/notes",
					s -> "kind=clinical-notes&subjective=Sitting+is+easier+this+week.",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/notes/{noteId}/void",
					s -> "/patients/" + s.patient.id() + "/notes/"
							+ org.cairn.assessment.AssessmentFixtures.note(s.withGrants, s.patient) + "/void",
					s -> "reason=Written+in+the+wrong+chart.",
					302, 403, 403, 302, 404, 404, 403)
			// (end assessment)

			// --- careplan ---
			// (end careplan)

			// --- referrals ---
			// Referrals are read under care-plan; the referrer (the member with grants) submits and
			// withdraws; the patient approves or declines; the outsider here is the clinician the
			// referral names: they read the packet once it is sent, and accept, decline or complete it.
			, row("POST", "/api/v1/patients/{patientId}/referrals", s -> p(s) + "/referrals",
					s -> "{\"discipline\": \"gastroenterology\", \"reason\": \"Bowel assessment.\", \"categories\": [\"medical-history\"]}",
					401, 403, 403, 201, 403, 404, 403)
			, row("GET", "/api/v1/patients/{patientId}/referrals", s -> p(s) + "/referrals", none(),
					401, 200, 404, 200, 403, 404, 404)
			, row("GET", "/api/v1/patients/{patientId}/referrals/{referralId}",
					s -> p(s) + "/referrals/" + org.cairn.referrals.ReferralFixtures.sent(s.patient, s.inviter, s.outsider), none(),
					401, 200, 404, 200, 403, 200, 404)
			, row("POST", "/api/v1/patients/{patientId}/referrals/{referralId}/submit",
					s -> p(s) + "/referrals/" + org.cairn.referrals.ReferralFixtures.draft(s.patient, s.inviter, s.outsider) + "/submit", none(),
					401, 403, 404, 200, 403, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/referrals/{referralId}/withdraw",
					s -> p(s) + "/referrals/" + org.cairn.referrals.ReferralFixtures.sent(s.patient, s.inviter, s.outsider) + "/withdraw", none(),
					401, 403, 404, 200, 403, 403, 404)
			, row("POST", "/api/v1/patients/{patientId}/referrals/{referralId}/approve",
					s -> p(s) + "/referrals/" + org.cairn.referrals.ReferralFixtures.awaiting(s.patient, s.inviter, s.outsider) + "/approve",
					s -> "{\"categories\": [\"medical-history\"]}",
					401, 200, 404, 403, 403, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/referrals/{referralId}/decline",
					s -> p(s) + "/referrals/" + org.cairn.referrals.ReferralFixtures.awaiting(s.patient, s.inviter, s.outsider) + "/decline", none(),
					401, 200, 404, 403, 403, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/referrals/{referralId}/accept",
					s -> p(s) + "/referrals/" + org.cairn.referrals.ReferralFixtures.sent(s.patient, s.inviter, s.outsider) + "/accept", none(),
					401, 403, 404, 403, 403, 200, 404)
			, row("POST", "/api/v1/patients/{patientId}/referrals/{referralId}/complete",
					s -> p(s) + "/referrals/" + org.cairn.referrals.ReferralFixtures.accepted(s.patient, s.inviter, s.outsider) + "/complete",
					s -> "{\"summary\": \"Seen; summary for the team.\"}",
					401, 403, 404, 403, 403, 200, 404)
			, row("GET", "/api/v1/referrals/inbox", s -> "/api/v1/referrals/inbox", none(),
					401, 403, 403, 200, 200, 200, 403)
			, row("GET", "/referrals", s -> "/referrals", none(),
					302, 403, 403, 200, 200, 200, 403)
			, row("GET", "/referrals/{referralId}",
					s -> "/referrals/" + org.cairn.referrals.ReferralFixtures.sent(s.patient, s.inviter, s.outsider), none(),
					302, 403, 403, 200, 403, 200, 403)
			, row("POST", "/referrals/{referralId}/submit",
					s -> "/referrals/" + org.cairn.referrals.ReferralFixtures.draft(s.patient, s.inviter, s.outsider) + "/submit", none(),
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/referrals/{referralId}/withdraw",
					s -> "/referrals/" + org.cairn.referrals.ReferralFixtures.sent(s.patient, s.inviter, s.outsider) + "/withdraw", none(),
					302, 403, 403, 302, 403, 403, 403)
			, row("POST", "/referrals/{referralId}/accept",
					s -> "/referrals/" + org.cairn.referrals.ReferralFixtures.sent(s.patient, s.inviter, s.outsider) + "/accept", none(),
					302, 403, 403, 403, 403, 302, 403)
			, row("POST", "/referrals/{referralId}/decline",
					s -> "/referrals/" + org.cairn.referrals.ReferralFixtures.sent(s.patient, s.inviter, s.outsider) + "/decline",
					s -> "reason=Not+taking+new+patients+until+June.",
					302, 403, 403, 403, 403, 302, 403)
			, row("POST", "/referrals/{referralId}/complete",
					s -> "/referrals/" + org.cairn.referrals.ReferralFixtures.accepted(s.patient, s.inviter, s.outsider) + "/complete",
					s -> "summary=Seen%3B+summary+for+the+team.",
					302, 403, 403, 403, 403, 302, 403)
			, row("GET", "/patients/{patientId}/referrals", s -> "/patients/" + s.patient.id() + "/referrals", none(),
					302, 403, 403, 200, 403, 404, 403)
			, row("POST", "/patients/{patientId}/referrals", s -> "/patients/" + s.patient.id() + "/referrals",
					s -> "to=discipline%3Agastroenterology&reason=Bowel+assessment.&categories=medical-history&action=draft",
					302, 403, 403, 302, 403, 404, 403)
			// The patient's referral pages always show the signed-in patient's own record.
			, row("GET", "/care/referrals", s -> "/care/referrals", none(),
					302, 200, 200, 403, 403, 403, 403)
			, row("GET", "/care/referrals/{referralId}",
					s -> "/care/referrals/" + org.cairn.referrals.ReferralFixtures.awaiting(s.patient, s.inviter, s.outsider), none(),
					302, 200, 404, 403, 403, 403, 403)
			, row("POST", "/care/referrals/{referralId}/approve",
					s -> "/care/referrals/" + org.cairn.referrals.ReferralFixtures.awaiting(s.patient, s.inviter, s.outsider) + "/approve",
					s -> "share=medical-history",
					302, 302, 404, 403, 403, 403, 403)
			, row("POST", "/care/referrals/{referralId}/decline",
					s -> "/care/referrals/" + org.cairn.referrals.ReferralFixtures.awaiting(s.patient, s.inviter, s.outsider) + "/decline", none(),
					302, 302, 404, 403, 403, 403, 403)
			// The directory lists no patient data; a clinician edits their own facts.
			, row("GET", "/directory", s -> "/directory?discipline=gastroenterology&accepting=true", none(),
					302, 200, 200, 200, 200, 200, 200)
			, row("GET", "/directory/me", s -> "/directory/me", none(),
					302, 403, 403, 200, 200, 200, 403)
			, row("POST", "/directory/me", s -> "/directory/me",
					s -> "discipline=urology&accepting=true&telehealth=true&languages=en&languages=es",
					302, 403, 403, 302, 302, 302, 403)
			// (end referrals)

			// --- homeprogram ---
			// The library holds no patient data; a practice's own exercises are added by its staff.
			, row("GET", "/api/v1/exercises", s -> "/api/v1/exercises", none(),
					401, 200, 200, 200, 200, 200, 200)
			, row("GET", "/api/v1/exercises/{exerciseId}",
					s -> "/api/v1/exercises/" + org.cairn.homeprogram.HomeProgramFixtures.libraryExercise(), none(),
					401, 200, 200, 200, 200, 200, 200)
			, row("POST", "/api/v1/exercises", s -> "/api/v1/exercises",
					s -> "{\"title\": \"Wall sit\", \"category\": \"movement\", \"discipline\": \"pelvic-floor-pt\", "
							+ "\"domains\": [\"movement-and-posture\"], \"purpose\": \"Steady legs.\", \"steps\": [\"Lean.\"], "
							+ "\"dose\": \"5 times\", \"cautions\": \"None expected.\", \"stopIf\": \"Stop if it hurts.\"}",
					401, 403, 403, 201, 201, 201, 201)
			// The program follows the home-program grant; clinicians on the team prescribe, only the patient logs.
			, row("GET", "/api/v1/patients/{patientId}/home-program", s -> p(s) + "/home-program", none(),
					401, 200, 404, 200, 403, 404, 404)
			, row("POST", "/api/v1/patients/{patientId}/home-program", s -> p(s) + "/home-program",
					s -> "{\"exerciseId\": \"" + org.cairn.homeprogram.HomeProgramFixtures.libraryExercise()
							+ "\", \"dose\": \"5 minutes\", \"schedule\": {\"timesPerWeek\": 3}}",
					401, 403, 403, 201, 403, 404, 403)
			, row("PUT", "/api/v1/patients/{patientId}/home-program/{prescriptionId}",
					s -> p(s) + "/home-program/" + org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.inviter.account().id()),
					s -> "{\"dose\": \"10 minutes\", \"schedule\": {\"days\": [\"mon\"]}}",
					401, 403, 403, 200, 403, 404, 403)
			, row("POST", "/api/v1/patients/{patientId}/home-program/{prescriptionId}/stop",
					s -> p(s) + "/home-program/" + org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.inviter.account().id()) + "/stop",
					s -> "{\"reason\": \"Done its job.\"}",
					401, 403, 403, 200, 403, 404, 403)
			, row("POST", "/api/v1/patients/{patientId}/exercise-logs", s -> p(s) + "/exercise-logs",
					s -> "{\"clientId\": \"" + java.util.UUID.randomUUID() + "\", \"prescriptionId\": \""
							+ org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.inviter.account().id())
							+ "\", \"date\": \"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\", \"discomfort\": 2}",
					401, 201, 404, 403, 403, 404, 404)
			, row("GET", "/api/v1/patients/{patientId}/exercise-logs", s -> p(s) + "/exercise-logs", none(),
					401, 200, 404, 200, 403, 404, 404)
			, row("GET", "/api/v1/patients/{patientId}/home-program/adherence", s -> p(s) + "/home-program/adherence", none(),
					401, 200, 404, 200, 403, 404, 404)
			, row("PUT", "/api/v1/patients/{patientId}/home-program/insertion-agreement",
					s -> p(s) + "/home-program/insertion-agreement", s -> "{\"agreed\": true}",
					401, 200, 404, 403, 403, 404, 404)
			// The patient's Exercises page and its forms: always the signed-in patient's own program.
			, row("GET", "/exercises", s -> "/exercises", none(),
					302, 200, 200, 403, 403, 403, 403)
			// Another patient sends a prescription that is not theirs: the form comes back with an error.
			, row("POST", "/exercises/log", s -> "/exercises/log",
					s -> "clientId=" + java.util.UUID.randomUUID() + "&prescriptionId="
							+ org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.inviter.account().id())
							+ "&date=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "&discomfort=3&returnTo=today",
					302, 302, 422, 403, 403, 403, 403)
			, row("POST", "/exercises/log/{logId}/undo",
					s -> "/exercises/log/" + org.cairn.homeprogram.HomeProgramFixtures.log(s.patient.id(), s.inviter.account().id()) + "/undo",
					none(),
					302, 302, 404, 403, 403, 403, 403)
			, row("POST", "/exercises/insertion-agreement", s -> "/exercises/insertion-agreement", s -> "agreed=yes",
					302, 302, 302, 403, 403, 403, 403)
			// The chart tab and its forms: clinicians on the team with the home-program grant.
			, row("GET", "/patients/{patientId}/home-program", s -> "/patients/" + s.patient.id() + "/home-program", none(),
					302, 403, 403, 200, 403, 404, 403)
			, row("POST", "/patients/{patientId}/home-program", s -> "/patients/" + s.patient.id() + "/home-program",
					s -> "exerciseId=" + org.cairn.homeprogram.HomeProgramFixtures.libraryExercise()
							+ "&dose=5+minutes&scheduleKind=times&timesPerWeek=3",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/home-program/{prescriptionId}/change",
					s -> "/patients/" + s.patient.id() + "/home-program/"
							+ org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.inviter.account().id()) + "/change",
					s -> "dose=10+minutes&scheduleKind=days&days=mon&days=thu",
					302, 403, 403, 302, 403, 404, 403)
			, row("POST", "/patients/{patientId}/home-program/{prescriptionId}/stop",
					s -> "/patients/" + s.patient.id() + "/home-program/"
							+ org.cairn.homeprogram.HomeProgramFixtures.prescription(s.patient.id(), s.inviter.account().id()) + "/stop",
					s -> "reason=Done+its+job.",
					302, 403, 403, 302, 403, 404, 403)
			// The library pages: a practice's clinicians and admins.
			, row("GET", "/library/exercises", s -> "/library/exercises", none(),
					302, 403, 403, 200, 200, 200, 200)
			, row("GET", "/library/exercises/{exerciseId}",
					s -> "/library/exercises/" + org.cairn.homeprogram.HomeProgramFixtures.libraryExercise(), none(),
					302, 403, 403, 200, 200, 200, 200)
			, row("POST", "/library/exercises", s -> "/library/exercises",
					s -> "title=Wall+sit&category=movement&discipline=pelvic-floor-pt&domains=movement-and-posture"
							+ "&purpose=Steady+legs.&steps=Lean.&dose=5+times&cautions=None+expected.&stopIf=Stop+if+it+hurts.",
					302, 403, 403, 302, 302, 302, 302)
			// (end homeprogram)

			// --- diary ---
			// Only the patient writes their diary; team members read it while it is shared (by default).
			, row("POST", "/api/v1/patients/{patientId}/diary", s -> p(s) + "/diary",
					s -> "{\"clientId\": \"m-" + org.cairn.support.TestData.unique() + "\", \"date\": \""
							+ java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "\", \"pain\": {\"sitting\": 3}}",
					401, 201, 404, 403, 403, 404, 404)
			, row("GET", "/api/v1/patients/{patientId}/diary", s -> p(s) + "/diary", none(),
					401, 200, 404, 200, 403, 404, 404)
			// The diary page is always the signed-in patient's own; staff are turned away.
			, row("GET", "/diary", s -> "/diary", none(),
					302, 200, 200, 403, 403, 403, 403)
			, row("POST", "/diary", s -> "/diary",
					s -> "clientId=m-" + org.cairn.support.TestData.unique() + "&date="
							+ java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "&pain.sitting=3&flare=no",
					302, 302, 302, 403, 403, 403, 403)
			, row("GET", "/patients/{patientId}/diary", s -> "/patients/" + s.patient.id() + "/diary", none(),
					302, 403, 403, 200, 403, 404, 403)
			// Who is signed in (an opaque key) and a CSRF token, for the offline queue: no patient data.
			, row("GET", "/offline/session", s -> "/offline/session", none(),
					302, 200, 200, 200, 200, 200, 200)
			// (end diary)

			// --- progress ---
			// (end progress)
		// @formatter:on
		);
	}

	@Test
	void everyEndpointHasDeclaredExpectations() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				methods.forEach(m -> mapped.add(m + " " + pattern));
			}
		}
		Set<String> declared = new TreeSet<>(EXEMPT.keySet());
		rows().forEach(r -> declared.add(r.key()));
		assertThat(mapped).as("endpoints without a row of expectations").isSubsetOf(declared);
		assertThat(declared).as("rows for endpoints that no longer exist").isSubsetOf(mapped);
	}

	@TestFactory
	List<DynamicTest> eachCallerGetsExactlyTheDeclaredAnswer() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Row row : rows()) {
			boolean readOnly = row.method() == HttpMethod.GET;
			Scene[] shared = new Scene[1];
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest(row.key() + " as " + caller, () -> {
					// A call that is expected to change something gets a scene of its
					// own, so it cannot
					// change what a later call sees; refused calls share one per endpoint
					// (and a refusal
					// that did change something would fail its own cell first).
					int expected = row.expected().get(caller);
					boolean changes = !readOnly && caller != Caller.ANONYMOUS && expected < 400;
					Scene scene = changes ? new Scene() : (shared[0] == null ? (shared[0] = new Scene()) : shared[0]);
					MockHttpServletRequestBuilder request = request(row.method(), row.uri().apply(scene));
					String body = row.body().apply(scene);
					if (row.pattern().equals("/api/v1/auth/token")) {
						// Failed sign-ins count against the address; keep them off the
						// one other tests use.
						request.with(r -> {
							r.setRemoteAddr("198.51.100." + (1 + (int) (Math.random() * 250)));
							return r;
						});
					}
					if (row.pattern().startsWith("/api/")) {
						String bearer = scene.bearer(caller);
						if (bearer != null) {
							request.header("Authorization", bearer);
						}
						if (body != null) {
							request.contentType(MediaType.APPLICATION_JSON).content(body);
						}
					}
					else {
						// Pages: a signed-in session and a valid CSRF token, as a browser
						// would send.
						Person person = scene.person(caller);
						if (person != null) {
							request.with(SecurityMockMvcRequestPostProcessors
								.authentication(UsernamePasswordAuthenticationToken.authenticated(person.actor(), null,
										List.of(new SimpleGrantedAuthority("ROLE_" + person.actor().role().name())))));
						}
						request.with(SecurityMockMvcRequestPostProcessors.csrf());
						if (body != null) {
							request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
						}
					}
					int status = mvc.perform(request).andReturn().getResponse().getStatus();
					assertThat(status).as(row.key() + " as " + caller).isEqualTo(expected);
				}));
			}
		}
		return tests;
	}

}
