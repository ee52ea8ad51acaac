package org.cairn.questionnaires;

import java.util.List;

import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Credentials;
import org.cairn.identity.Role;
import org.cairn.patients.NewPatient;
import org.cairn.patients.Patients;
import org.cairn.platform.PracticeId;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.Person;
import org.cairn.team.CareTeam;
import org.cairn.team.ClinicianProfile;
import org.cairn.team.Discipline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SchedulePagesIT extends IntegrationTest {

	@Autowired
	Schedules schedules;

	@Autowired
	Accounts accounts;

	@Autowired
	Patients patients;

	@Autowired
	CareTeam team;

	@Test
	void showsCairnsDefaultsToAPracticeThatHasSetNothing() throws Exception {
		Person admin = data.practiceAdmin();

		String page = mvc.perform(get("/practice/schedule").with(as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(input(page, "weeks-nrs-pain")).contains("value=\"1\"");
		assertThat(input(page, "weeks-fsfi")).contains("value=\"4\"");
		assertThat(input(page, "raised-phq9")).contains("checked");
		assertThat(input(page, "raised-gad7")).contains("checked");
		assertThat(page).contains("Repeat only while the last total was 10 or more").doesNotContain("raised-fsfi");
		mvc.perform(get("/practice").with(as(admin)))
			.andExpect(content().string(containsString("href=\"/practice/schedule\"")));
	}

	@Test
	void savesTheScheduleThatPatientsInvitedByThePracticesCliniciansFollow() throws Exception {
		Person admin = data.practiceAdmin();
		PracticeId practice = admin.actor().practiceId();

		mvc.perform(post("/practice/schedule").with(as(admin))
			.with(csrf())
			.param("weeks-nrs-pain", "2")
			.param("weeks-fsfi", "")
			.param("weeks-peg", "8")
			.param("weeks-phq9", "4")
			.param("weeks-gad7", "6")
			.param("raised-gad7", "on")).andExpect(redirectedUrl("/practice/schedule?saved"));

		Schedule saved = schedules.of(practice);
		assertThat(saved.rule("nrs-pain").everyWeeks()).isEqualTo(2);
		assertThat(saved.rule("fsfi").on()).isFalse();
		assertThat(saved.rule("phq9").whileRaised()).isFalse();
		assertThat(saved.rule("gad7").whileRaised()).isTrue();
		String page = mvc.perform(get("/practice/schedule?saved").with(as(admin)))
			.andExpect(content().string(containsString("The schedule is saved.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(input(page, "weeks-fsfi")).contains("value=\"\"");
		assertThat(input(page, "weeks-peg")).contains("value=\"8\"");
		assertThat(input(page, "raised-phq9")).doesNotContain("checked");

		Account colleague = accounts.createStaff(Credentials.of("c" + TestData.unique(), TestData.PASSWORD),
				Role.CLINICIAN, "Colleague", practice);
		team.saveProfile(new ClinicianProfile(colleague.id(), Discipline.PELVIC_FLOOR_PT, true, false, true, true,
				List.of("en")));
		var invited = patients.invite(colleague.toActor(),
				NewPatient.of("Patient " + TestData.unique(), "p" + TestData.unique() + "@example.org", "en"));
		List<Due> due = schedules.due(patients.enrolments(List.of(invited.patient().id())).get(0));
		assertThat(due).extracting(Due::instrument).containsExactly("cairn-intake", "nrs-pain", "peg", "phq9", "gad7");
	}

	@Test
	void badIntervalsAreShownInlineAndChangeNothing() throws Exception {
		Person admin = data.practiceAdmin();
		PracticeId practice = admin.actor().practiceId();

		for (String bad : List.of("abc", "0", "53", "-1", "2.5")) {
			mvc.perform(post("/practice/schedule").with(as(admin))
				.with(csrf())
				.param("weeks-nrs-pain", bad)
				.param("weeks-fsfi", "")
				.param("weeks-peg", "2"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Nothing was saved.")))
				.andExpect(content().string(containsString("id=\"weeks-nrs-pain-error\"")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(containsString("value=\"" + bad + "\"")));
		}
		assertThat(schedules.of(practice)).isEqualTo(Schedule.defaults());
	}

	/** The whole input tag with this id. */
	private static String input(String page, String id) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
		assertThat(m.find()).as("input " + id).isTrue();
		return m.group();
	}

	@Test
	void theRaisedRuleIsOnlyOfferedForPhq9AndGad7() throws Exception {
		Person admin = data.practiceAdmin();
		mvc.perform(post("/practice/schedule").with(as(admin))
			.with(csrf())
			.param("weeks-nrs-pain", "1")
			.param("raised-nrs-pain", "on")
			.param("weeks-phq9", "4")
			.param("raised-phq9", "on")).andExpect(status().is3xxRedirection());
		assertThat(schedules.of(admin.actor().practiceId()).rule("nrs-pain").whileRaised()).isFalse();
		assertThat(schedules.of(admin.actor().practiceId()).rule("phq9").whileRaised()).isTrue();
	}

}
