package org.cairn.referrals;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairn.consent.DataCategory;
import org.cairn.consent.SharingGrants;
import org.cairn.questionnaires.ResponseJson;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData.PatientRecord;
import org.cairn.support.TestData.Person;
import org.cairn.team.CareTeam;
import org.cairn.team.Discipline;
import org.cairn.team.TeamMember;
import org.cairn.team.TeamStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Referrals through the API and the pages: the packet carries only what the patient
 * approved, every move and every refused move, joining the team, and who may read what.
 */
class ReferralsIT extends IntegrationTest {

	@Autowired
	SharingGrants sharing;

	@Autowired
	CareTeam team;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	Person physio;

	Person therapist;

	Person gastro;

	PatientRecord patient;

	/**
	 * Robin: pain with penetration, constipation and straining, a PHQ-9 of 11; the physio
	 * sees everything but trauma history, the sex therapist only what is always shared; a
	 * gastroenterologist in another practice is not on the team.
	 */
	@BeforeEach
	void robin() throws Exception {
		physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		therapist = data.clinician(Discipline.SEX_THERAPY);
		gastro = data.clinician(Discipline.GASTROENTEROLOGY);
		patient = data.patient(physio, therapist);
		Map<DataCategory, Boolean> all = new EnumMap<>(DataCategory.class);
		Map<DataCategory, Boolean> none = new EnumMap<>(DataCategory.class);
		for (DataCategory c : DataCategory.values()) {
			if (!c.alwaysShared()) {
				all.put(c, c != DataCategory.TRAUMA_HISTORY);
				none.put(c, false);
			}
		}
		sharing.decide(patient.person().actor(), patient.id(), physio.account().id(), all);
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(), none);
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("pain-activities", List.of(ResponseJson.concept("penetration")));
		answers.put("pain-location", ResponseJson.concept("superficial"));
		answers.put("bowel-constipation", true);
		answers.put("bowel-straining", true);
		answers.put("pelvic-tightness", true);
		respond(ResponseJson.of("cairn-intake", answers));
		respond(ResponseJson.of("phq9", ResponseJson.numbered(2, 1, 1, 1, 2, 1, 1, 2, 0)));
	}

	private void respond(String body) throws Exception {
		assertThat(send(post("/api/v1/patients/" + patient.id() + "/responses"), patient.bearer(), body).getStatus())
			.isEqualTo(201);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String bearer, String body)
			throws Exception {
		request.header("Authorization", bearer);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String url(String rest) {
		return "/api/v1/patients/" + patient.id() + "/referrals" + rest;
	}

	private JsonNode ok(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
		return json.readTree(response.getContentAsString());
	}

	/** A referral from the physio to the gastroenterologist, proposing four parts. */
	private String draftToGastro() throws Exception {
		return ok(send(post(url("")), physio.bearer(), """
				{"clinicianId": "%s", "reason": "Constipation and straining; please assess bowel function.",
				 "categories": ["medical-history", "bowel-bladder", "mental-health", "care-plan"]}
				""".formatted(gastro.account().id()))).get("id").asString();
	}

	private JsonNode move(String id, String move, Person who, String body) throws Exception {
		return ok(send(post(url("/" + id + "/" + move)), who.bearer(), body));
	}

	private int status(String id, String move, Person who, String body) throws Exception {
		return send(post(url("/" + id + "/" + move)), who.bearer(), body).getStatus();
	}

	@Test
	void thePacketCarriesOnlyTheCategoriesThePatientApprovedFrozenAtApproval() throws Exception {
		String id = draftToGastro();
		move(id, "submit", physio, null);
		JsonNode sent = move(id, "approve", patient.person(), "{\"categories\": [\"bowel-bladder\", \"care-plan\"]}");
		assertThat(sent.get("state").asString()).isEqualTo("sent");

		JsonNode received = ok(send(get(url("/" + id)), gastro.bearer(), null));
		assertThat(received.get("approvedCategories").toString()).isEqualTo("[\"bowel-bladder\",\"care-plan\"]");
		assertThat(received.get("packet").valueStream().map(i -> i.get("category").asString())).isNotEmpty()
			.allMatch(c -> c.equals("bowel-bladder") || c.equals("care-plan"));
		String packet = received.get("packet").toString();
		assertThat(packet).contains("\"domain\":\"bowel\"").contains("\"interventions\":[]");
		assertThat(packet).doesNotContain("phq9", "pain-profile", "pelvic-floor-muscle", "superficial");
		assertThat(received.get("patientName").asString()).startsWith("Patient ");

		// Stored rows too: nothing outside the approval, whatever the reader.
		List<String> stored = jdbc.sql("select category from referrals_packet_item where referral_id = ?")
			.param(java.util.UUID.fromString(id))
			.query(String.class)
			.list();
		assertThat(stored).isNotEmpty().allMatch(c -> c.equals("bowel-bladder") || c.equals("care-plan"));

		// Frozen: a later answer changes nothing that was sent.
		respond(ResponseJson.of("cairn-intake", Map.of("bladder-urgency", true, "bladder-frequency", true)));
		assertThat(ok(send(get(url("/" + id)), gastro.bearer(), null)).get("packet").toString()).isEqualTo(packet);

		// The pages show the same packet: the receiver's and the patient's.
		String page = mvc.perform(get("/referrals/" + id).with(as(gastro)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Bowel (constipation, straining, IBS or IBD)").contains("No plan yet.");
		assertThat(page).doesNotContain("Mood (PHQ-9)", "Pain profile", "Pelvic floor muscle");
		String mine = mvc.perform(get("/care/referrals/" + id).with(as(patient.person())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("Bowels and digestion").doesNotContain("Mood (PHQ-9)");
	}

	@Test
	void aPatientWhoApprovesNothingSendsTheReasonAlone() throws Exception {
		String id = draftToGastro();
		move(id, "submit", physio, null);
		move(id, "approve", patient.person(), "{\"categories\": []}");
		JsonNode received = ok(send(get(url("/" + id)), gastro.bearer(), null));
		assertThat(received.get("packet").isEmpty()).isTrue();
		assertThat(received.get("reason").asString()).contains("bowel function");
	}

	@Test
	void thePatientApprovesOnThePageWithTheirTicksAndATamperedCategoryChangesNothing() throws Exception {
		String id = draftToGastro();
		move(id, "submit", physio, null);
		String page = mvc.perform(get("/care/referrals/" + id).with(as(patient.person())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Mood and worry").contains("Bowel and bladder").contains("Mood (PHQ-9)");
		assertThat(page).doesNotContain("checked");

		MockHttpServletResponse refused = mvc
			.perform(post("/care/referrals/" + id + "/approve").with(as(patient.person()))
				.with(csrf())
				.param("share", "bowel-bladder", "trauma-history"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("One of the parts could not be used");
		assertThat(ok(send(get(url("/" + id)), physio.bearer(), null)).get("state").asString())
			.isEqualTo("awaiting-patient");

		mvc.perform(post("/care/referrals/" + id + "/approve").with(as(patient.person()))
			.with(csrf())
			.param("share", "bowel-bladder"));
		assertThat(jdbc.sql("select distinct category from referrals_packet_item where referral_id = ?")
			.param(java.util.UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly("bowel-bladder");
	}

	@Test
	void everyMoveOfTheHappyPathAndAcceptingAddsTheNamedClinicianToTheTeam() throws Exception {
		String id = draftToGastro();
		assertThat(move(id, "submit", physio, null).get("state").asString()).isEqualTo("awaiting-patient");
		assertThat(move(id, "approve", patient.person(), "{\"categories\": [\"medical-history\"]}").get("state")
			.asString()).isEqualTo("sent");
		assertThat(memberStatus(gastro)).isNull();
		assertThat(move(id, "accept", gastro, null).get("state").asString()).isEqualTo("accepted");
		assertThat(memberStatus(gastro)).isEqualTo(TeamStatus.ACTIVE);
		// Joining gives the usual defaults, never the packet's categories as a lasting
		// grant.
		assertThat(sharing.with(patient.id(), gastro.account().id()).allows(DataCategory.MEDICAL_HISTORY)).isFalse();
		assertThat(sharing.with(patient.id(), gastro.account().id()).allows(DataCategory.CARE_PLAN)).isTrue();
		JsonNode done = move(id, "complete", gastro, "{\"summary\": \"Slow transit; fibre and a toilet stool.\"}");
		assertThat(done.get("state").asString()).isEqualTo("completed");
		assertThat(done.get("summary").asString()).contains("Slow transit");
		assertThat(jdbc.sql("select count(*) from referrals_transition where referral_id = ?")
			.param(java.util.UUID.fromString(id))
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void invalidMovesAnswer409SayingWhyAndChangeNothing() throws Exception {
		String id = draftToGastro();
		assertConflict(id, "approve", patient.person(), "{\"categories\": []}", "This referral is draft");
		assertConflict(id, "accept", gastro, null, "No referral");
		move(id, "submit", physio, null);
		assertConflict(id, "submit", physio, null, "only a draft can");
		move(id, "approve", patient.person(), "{\"categories\": []}");
		assertConflict(id, "approve", patient.person(), "{\"categories\": []}", "cannot be approved");
		assertConflict(id, "complete", gastro, "{\"summary\": \"Too early.\"}", "only an accepted referral can");
		move(id, "accept", gastro, null);
		assertConflict(id, "withdraw", physio, null, "cannot be withdrawn");
		assertConflict(id, "decline", gastro, "{\"reason\": \"Changed my mind.\"}", "cannot be declined");
		move(id, "complete", gastro, "{\"summary\": \"Seen twice.\"}");
		assertConflict(id, "complete", gastro, "{\"summary\": \"Again.\"}", "This referral is completed");
		assertThat(ok(send(get(url("/" + id)), physio.bearer(), null)).get("state").asString()).isEqualTo("completed");
	}

	private void assertConflict(String id, String move, Person who, String body, String why) throws Exception {
		MockHttpServletResponse response = send(post(url("/" + id + "/" + move)), who.bearer(), body);
		if (why.equals("No referral")) {
			// Before the patient approves, the receiver cannot even see it.
			assertThat(response.getStatus()).isEqualTo(404);
			return;
		}
		assertThat(response.getStatus()).as(move).isEqualTo(409);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains(why);
	}

	@Test
	void theOtherEndingsWithdrawnDeclinedByThePatientAndDeclinedByTheReceiver() throws Exception {
		String withdrawn = draftToGastro();
		move(withdrawn, "submit", physio, null);
		assertThat(move(withdrawn, "withdraw", physio, null).get("state").asString()).isEqualTo("withdrawn");
		assertThat(status(withdrawn, "approve", patient.person(), "{\"categories\": []}")).isEqualTo(409);

		String declinedByPatient = draftToGastro();
		move(declinedByPatient, "submit", physio, null);
		assertThat(move(declinedByPatient, "decline", patient.person(), null).get("state").asString())
			.isEqualTo("patient-declined");
		assertThat(jdbc.sql("select count(*) from referrals_packet_item where referral_id = ?")
			.param(java.util.UUID.fromString(declinedByPatient))
			.query(Long.class)
			.single()).isZero();
		assertThat(send(get(url("/" + declinedByPatient)), gastro.bearer(), null).getStatus()).isEqualTo(404);

		String declined = draftToGastro();
		move(declined, "submit", physio, null);
		move(declined, "approve", patient.person(), "{\"categories\": [\"care-plan\"]}");
		assertThat(status(declined, "decline", gastro, "{\"reason\": \"  \"}")).isEqualTo(422);
		JsonNode answer = move(declined, "decline", gastro, "{\"reason\": \"Not taking new patients until June.\"}");
		assertThat(answer.get("state").asString()).isEqualTo("declined");
		assertThat(ok(send(get(url("/" + declined)), physio.bearer(), null)).get("declineReason").asString())
			.contains("June");
		assertThat(memberStatus(gastro)).isNull();
	}

	@Test
	void theReceivingClinicianReadsThePacketAndNothingElseOfTheRecord() throws Exception {
		String id = draftToGastro();
		move(id, "submit", physio, null);
		move(id, "approve", patient.person(), "{\"categories\": [\"medical-history\"]}");
		assertThat(send(get(url("/" + id)), gastro.bearer(), null).getStatus()).isEqualTo(200);
		for (String part : List.of("/contributors", "/profile", "/team", "/scores?instrument=phq9", "/alerts",
				"/referrals")) {
			assertThat(send(get("/api/v1/patients/" + patient.id() + part), gastro.bearer(), null).getStatus()).as(part)
				.isEqualTo(404);
		}
		assertThat(mvc.perform(get("/patients/" + patient.id() + "/referrals").with(as(gastro)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		// The read of the packet is on the patient's audit trail, as allowed.
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where patient_id = ? and actor_id = ? and what = ? and outcome = 'ALLOWED'
				""")
			.params(patient.id().value(), gastro.account().id().value(), "referrals/" + id + "/packet")
			.query(Long.class)
			.single()).isPositive();
		// Withdrawn before acceptance, the packet is gone from them.
		move(id, "withdraw", physio, null);
		assertThat(send(get(url("/" + id)), gastro.bearer(), null).getStatus()).isEqualTo(404);
	}

	@Test
	void aClinicianOutsideTheReferralIsToldItDoesNotExist() throws Exception {
		String id = draftToGastro();
		move(id, "submit", physio, null);
		move(id, "approve", patient.person(), "{\"categories\": [\"medical-history\"]}");
		Person outsider = data.clinician(Discipline.GASTROENTEROLOGY);
		assertThat(send(get(url("/" + id)), outsider.bearer(), null).getStatus()).isEqualTo(404);
		assertThat(status(id, "accept", outsider, null)).isEqualTo(404);
		assertThat(mvc.perform(get("/referrals/" + id).with(as(outsider))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(ok(send(get("/api/v1/referrals/inbox"), outsider.bearer(), null)).isEmpty()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where patient_id = ? and actor_id = ? and outcome = 'DENIED'
				""").params(patient.id().value(), outsider.account().id().value()).query(Long.class).single())
			.isPositive();
	}

	@Test
	void aTeamMemberSeesOnlyThePacketItemsOfCategoriesSharedWithThem() throws Exception {
		String id = draftToGastro();
		move(id, "submit", physio, null);
		move(id, "approve", patient.person(), "{\"categories\": [\"mental-health\", \"care-plan\"]}");
		Map<DataCategory, Boolean> planOnly = new EnumMap<>(DataCategory.class);
		planOnly.put(DataCategory.CARE_PLAN, true);
		sharing.decide(patient.person().actor(), patient.id(), therapist.account().id(), planOnly);
		JsonNode seen = ok(send(get(url("/" + id)), therapist.bearer(), null));
		assertThat(seen.get("packet").valueStream().map(i -> i.get("category").asString())).containsOnly("care-plan");
		assertThat(seen.get("itemsNotShownToYou").asInt()).isPositive();
	}

	@Test
	void theReferrerMayIncludeOnlyWhatTheyThemselvesCanSee() throws Exception {
		MockHttpServletResponse response = send(post(url("")), physio.bearer(), """
				{"discipline": "mental-health", "reason": "Support with past experiences.",
				 "categories": ["trauma-history"]}
				""");
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("categories").contains("trauma-history");
		assertThat(jdbc.sql("select count(*) from referrals_referral where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOpenRequestShowsNoNameOrPacketUntilAClinicianOfTheDisciplineTakesItAndThePatientConfirmsThem()
			throws Exception {
		String id = ok(send(post(url("")), physio.bearer(), """
				{"discipline": "gastroenterology", "reason": "Bowel assessment.", "categories": ["bowel-bladder"]}
				""")).get("id").asString();
		move(id, "submit", physio, null);
		move(id, "approve", patient.person(), "{\"categories\": [\"bowel-bladder\"]}");

		JsonNode inbox = ok(send(get("/api/v1/referrals/inbox"), gastro.bearer(), null));
		JsonNode offered = inbox.valueStream().filter(r -> r.get("id").asString().equals(id)).findFirst().orElseThrow();
		assertThat(offered.get("patientName").isNull()).isTrue();
		assertThat(offered.get("packet").isEmpty()).isTrue();
		assertThat(offered.get("yourPart").asString()).isEqualTo("candidate");
		assertThat(status(id, "decline", gastro, "{\"reason\": \"Busy.\"}")).isEqualTo(409);

		Person notAccepting = data.clinician(Discipline.GASTROENTEROLOGY);
		team.saveProfile(new org.cairn.team.ClinicianProfile(notAccepting.account().id(), Discipline.GASTROENTEROLOGY,
				false, false, false, false, List.of("en")));
		assertThat(send(get(url("/" + id)), notAccepting.bearer(), null).getStatus()).isEqualTo(404);
		assertThat(send(get(url("/" + id)), data.clinician(Discipline.UROLOGY).bearer(), null).getStatus())
			.isEqualTo(404);

		JsonNode accepted = move(id, "accept", gastro, null);
		assertThat(accepted.get("to").get("clinicianId").asString()).isEqualTo(gastro.account().id().toString());
		assertThat(accepted.get("packet").toString()).contains("\"domain\":\"bowel\"");
		// The patient never saw this clinician's name, so they are asked to welcome them.
		assertThat(memberStatus(gastro)).isEqualTo(TeamStatus.INVITED);
		Person colleague = data.clinician(Discipline.GASTROENTEROLOGY);
		assertThat(status(id, "accept", colleague, null)).isEqualTo(404);
	}

	@Test
	void theDraftFormRefusesBadInputInlineAndSavesNothing() throws Exception {
		String tab = "/patients/" + patient.id() + "/referrals";
		List<Map<String, String>> bad = List.of(Map.of("to", "", "reason", "Assessment please."),
				Map.of("to", "discipline:astrology", "reason", "Assessment please."),
				Map.of("to", "clinician:not-an-id", "reason", "Assessment please."),
				Map.of("to", "clinician:" + physio.account().id(), "reason", "Assessment please."),
				Map.of("to", "discipline:gastroenterology", "reason", "  "),
				Map.of("to", "discipline:gastroenterology", "reason", "x".repeat(2001)),
				Map.of("to", "discipline:gastroenterology", "reason", "Fine.", "categories", "trauma-history"),
				Map.of("to", "discipline:gastroenterology", "reason", "Fine.", "categories", "horoscope"));
		for (Map<String, String> form : bad) {
			MockHttpServletRequestBuilder request = post(tab).with(as(physio)).with(csrf()).param("action", "submit");
			form.forEach(request::param);
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(form.toString()).isEqualTo(422);
			assertThat(response.getContentAsString()).contains("field-error");
		}
		assertThat(jdbc.sql("select count(*) from referrals_referral where patient_id = ?")
			.param(patient.id().value())
			.query(Long.class)
			.single()).isZero();

		MockHttpServletResponse ok = mvc
			.perform(post(tab).with(as(physio))
				.with(csrf())
				.param("to", "clinician:" + gastro.account().id())
				.param("reason", "Bowel assessment.")
				.param("categories", "bowel-bladder", "care-plan")
				.param("action", "submit"))
			.andReturn()
			.getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		MockHttpServletResponse duplicate = mvc
			.perform(post(tab).with(as(physio))
				.with(csrf())
				.param("to", "clinician:" + gastro.account().id())
				.param("reason", "Again.")
				.param("action", "draft"))
			.andReturn()
			.getResponse();
		assertThat(duplicate.getStatus()).isEqualTo(409);
		assertThat(jdbc.sql("select state from referrals_referral where patient_id = ?")
			.param(patient.id().value())
			.query(String.class)
			.list()).containsExactly("AWAITING_PATIENT");
	}

	@Test
	void theReceiversFormsRefuseABlankReasonOrSummaryInline() throws Exception {
		String id = draftToGastro();
		move(id, "submit", physio, null);
		move(id, "approve", patient.person(), "{\"categories\": []}");
		MockHttpServletResponse blank = mvc
			.perform(post("/referrals/" + id + "/decline").with(as(gastro)).with(csrf()).param("reason", " "))
			.andReturn()
			.getResponse();
		assertThat(blank.getStatus()).isEqualTo(422);
		assertThat(blank.getContentAsString()).contains("Say briefly why");
		mvc.perform(post("/referrals/" + id + "/accept").with(as(gastro)).with(csrf()));
		MockHttpServletResponse tooLong = mvc.perform(
				post("/referrals/" + id + "/complete").with(as(gastro)).with(csrf()).param("summary", "x".repeat(4001)))
			.andReturn()
			.getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(tooLong.getContentAsString()).contains("Write a summary");
		MockHttpServletResponse again = mvc.perform(post("/referrals/" + id + "/accept").with(as(gastro)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString()).contains("already moved on");
		assertThat(ok(send(get(url("/" + id)), physio.bearer(), null)).get("state").asString()).isEqualTo("accepted");
	}

	@Test
	void theChartTabSuggestsUncoveredAreasWithTheirReasonAndTheTodayCardAsksThePatient() throws Exception {
		String tab = mvc.perform(get("/patients/" + patient.id() + "/referrals").with(as(physio)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tab).contains("Suggested referrals").contains("suggestion-bowel").contains("Covered in part by");
		assertThat(tab).contains("Draft a referral to Gastroenterology");

		String today = mvc.perform(get("/today").with(as(patient.person())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(today).doesNotContain("A referral waits for you");
		String id = draftToGastro();
		move(id, "submit", physio, null);
		today = mvc.perform(get("/today").with(as(patient.person()))).andReturn().getResponse().getContentAsString();
		assertThat(today).contains("A referral waits for you").contains("/care/referrals/" + id);
	}

	private TeamStatus memberStatus(Person clinician) {
		return team.members(patient.id())
			.stream()
			.filter(m -> m.clinicianId().equals(clinician.account().id()))
			.map(TeamMember::status)
			.findFirst()
			.orElse(null);
	}

}
