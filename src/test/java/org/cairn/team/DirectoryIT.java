package org.cairn.team;

import java.util.List;

import org.cairn.identity.Accounts;
import org.cairn.identity.Credentials;
import org.cairn.identity.Practice;
import org.cairn.identity.Role;
import org.cairn.platform.AccountId;
import org.cairn.support.IntegrationTest;
import org.cairn.support.TestData;
import org.cairn.support.TestData.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The clinician directory: filters, search, and a clinician's own facts. */
class DirectoryIT extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	CareTeam team;

	@Autowired
	JsonMapper json;

	Person physio;

	/**
	 * A word only this test's clinicians carry, so other tests' clinicians never match.
	 */
	String tag;

	AccountId gastro;

	AccountId urologist;

	@BeforeEach
	void twoPractices() {
		physio = data.clinician(Discipline.PELVIC_FLOOR_PT);
		tag = "Zq" + TestData.unique();
		gastro = listed("Dr. Priya " + tag, "Lakeside Digestive " + tag, Discipline.GASTROENTEROLOGY, false, false,
				true, true, List.of("en", "pt"));
		urologist = listed("Dr. Tom " + tag, "Harbour Urology " + tag, Discipline.UROLOGY, true, false, false, false,
				List.of("en", "de"));
	}

	private AccountId listed(String name, String practiceName, Discipline discipline, boolean training,
			boolean externalOnly, boolean telehealth, boolean accepting, List<String> languages) {
		Practice practice = accounts.createPractice(practiceName, null);
		var account = accounts.createStaff(Credentials.of("d" + TestData.unique(), TestData.PASSWORD), Role.CLINICIAN,
				name, practice.id());
		team.saveProfile(new ClinicianProfile(account.id(), discipline, training, externalOnly, telehealth, accepting,
				languages));
		return account.id();
	}

	private List<String> names(String query) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/api/v1/clinicians?q=" + tag + query).header("Authorization", physio.bearer()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode list = json.readTree(response.getContentAsString());
		return list.valueStream().map(n -> n.get("displayName").asString()).toList();
	}

	@Test
	void filtersByEachFactAndSearchesNameAndPractice() throws Exception {
		assertThat(names("")).containsExactlyInAnyOrder("Dr. Priya " + tag, "Dr. Tom " + tag);
		assertThat(names("&discipline=gastroenterology")).containsExactly("Dr. Priya " + tag);
		assertThat(names("&accepting=true")).containsExactly("Dr. Priya " + tag);
		assertThat(names("&accepting=false")).containsExactly("Dr. Tom " + tag);
		assertThat(names("&telehealth=true")).containsExactly("Dr. Priya " + tag);
		assertThat(names("&training=true")).containsExactly("Dr. Tom " + tag);
		assertThat(names("&externalOnly=true")).isEmpty();
		assertThat(names("&language=pt")).containsExactly("Dr. Priya " + tag);
		assertThat(names(" harbour")).containsExactly("Dr. Tom " + tag);
		assertThat(names("&discipline=urology&accepting=true")).isEmpty();
	}

	@Test
	void aBadFilterIsNamedAndAnsweredWith422() throws Exception {
		for (String query : List.of("discipline=astrology", "accepting=maybe", "language=klingon",
				"q=" + "x".repeat(101))) {
			MockHttpServletResponse response = mvc
				.perform(get("/api/v1/clinicians?" + query).header("Authorization", physio.bearer()))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(422);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(response.getContentAsString()).contains(query.substring(0, query.indexOf('=')));
		}
	}

	@Test
	void theDirectoryPageFiltersWithoutJavaScriptAndShowsEachFactInWords() throws Exception {
		String page = mvc.perform(get("/directory").param("q", tag).param("telehealth", "true").with(as(physio)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Dr. Priya " + tag)
			.contains("Accepting new patients")
			.contains("Telehealth")
			.contains("Portuguese")
			.doesNotContain("Dr. Tom " + tag)
			.contains("One clinician matches");
		MockHttpServletResponse bad = mvc.perform(get("/directory").param("discipline", "astrology").with(as(physio)))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString()).contains("Choose a discipline from the list.");
	}

	@Test
	void aClinicianEditsTheirOwnFactsAndBadInputChangesNothing() throws Exception {
		ClinicianProfile before = team.profile(physio.account().id()).orElseThrow();
		for (String[] bad : List.of(new String[] { "discipline", "astrology" }, new String[] { "languages", "klingon" },
				new String[] { "languages", "" })) {
			var request = post("/directory/me").with(as(physio)).with(csrf()).param("discipline", "urology");
			if (bad[0].equals("discipline")) {
				request = post("/directory/me").with(as(physio))
					.with(csrf())
					.param("discipline", bad[1])
					.param("languages", "en");
			}
			else if (!bad[1].isEmpty()) {
				request.param("languages", bad[1]);
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(String.join("=", bad)).isEqualTo(422);
			assertThat(response.getContentAsString()).contains("field-error");
		}
		assertThat(team.profile(physio.account().id())).contains(before);

		mvc.perform(post("/directory/me").with(as(physio))
			.with(csrf())
			.param("discipline", "pelvic-floor-pt")
			.param("externalOnly", "true")
			.param("accepting", "true")
			.param("languages", "en", "es"));
		ClinicianProfile after = team.profile(physio.account().id()).orElseThrow();
		assertThat(after.externalOnlyCare()).isTrue();
		assertThat(after.telehealth()).isFalse();
		assertThat(after.sexualHealthTraining()).isFalse();
		assertThat(after.languages()).containsExactly("en", "es");
		assertThat(mvc.perform(get("/directory/me").with(as(physio))).andReturn().getResponse().getContentAsString())
			.contains("value=\"es\" checked=\"checked\"");
	}

}
