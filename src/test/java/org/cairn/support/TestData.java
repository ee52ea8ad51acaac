package org.cairn.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Actor;
import org.cairn.identity.Credentials;
import org.cairn.identity.Practice;
import org.cairn.identity.Role;
import org.cairn.patients.NewPatient;
import org.cairn.patients.Patients;
import org.cairn.platform.PatientId;
import org.cairn.team.CareTeam;
import org.cairn.team.ClinicianProfile;
import org.cairn.team.Discipline;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Builds people and records for one test through the application's own services, each
 * with fresh random usernames, so tests never depend on each other's data.
 */
public class TestData {

	public static final String PASSWORD = "correct-horse-battery";

	private final Accounts accounts;

	private final CareTeam team;

	private final Patients patients;

	private final MockMvc mvc;

	private final JsonMapper json;

	TestData(Accounts accounts, CareTeam team, Patients patients, MockMvc mvc, JsonMapper json) {
		this.accounts = accounts;
		this.team = team;
		this.patients = patients;
		this.mvc = mvc;
		this.json = json;
	}

	/**
	 * Someone who can sign in. {@link #token()} signs in through the API once and
	 * remembers it.
	 */
	public final class Person {

		private final Account account;

		private String token;

		Person(Account account) {
			this.account = account;
		}

		public Account account() {
			return account;
		}

		public Actor actor() {
			return account.toActor();
		}

		public String username() {
			return account.username();
		}

		public String token() {
			if (token == null) {
				token = tokenFor(account.username(), PASSWORD);
			}
			return token;
		}

		public String bearer() {
			return "Bearer " + token();
		}

	}

	/** A patient and their signed-in account. */
	public record PatientRecord(PatientId id, Person person) {

		public String bearer() {
			return person.bearer();
		}

	}

	public Practice practice() {
		return accounts.createPractice("Practice " + unique(), "555-0100");
	}

	public Person clinician(Discipline discipline) {
		Practice practice = practice();
		Account account = accounts.createStaff(Credentials.of("c" + unique(), PASSWORD), Role.CLINICIAN,
				"Clinician " + discipline.code(), practice.id());
		team.saveProfile(new ClinicianProfile(account.id(), discipline, true, false, true, true, List.of("en")));
		return new Person(account);
	}

	public Person practiceAdmin() {
		return new Person(accounts.createStaff(Credentials.of("a" + unique(), PASSWORD), Role.PRACTICE_ADMIN,
				"Practice admin", practice().id()));
	}

	/**
	 * A patient invited by the first clinician, with the others added as accepted team
	 * members.
	 */
	public PatientRecord patient(Person invitingClinician, Person... otherMembers) {
		var invited = patients.invite(invitingClinician.actor(),
				NewPatient.of("Patient " + unique(), "p" + unique() + "@example.org", "en"));
		Account account = patients.activate(invited.invitationToken(), Credentials.of("p" + unique(), PASSWORD),
				Optional.empty());
		for (Person member : otherMembers) {
			team.invite(invited.patient().id(), member.account().id(), invitingClinician.account().id());
			team.accept(invited.patient().id(), member.account().id());
		}
		return new PatientRecord(invited.patient().id(), new Person(account));
	}

	/** A patient who has not yet accepted their invitation: the token is still usable. */
	public Patients.Invited invitedPatient(Person invitingClinician) {
		return patients.invite(invitingClinician.actor(),
				NewPatient.of("Patient " + unique(), "p" + unique() + "@example.org", "en"));
	}

	public String tokenFor(String username, String password) {
		try {
			String body = mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(java.util.Map.of("username", username, "password", password))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return json.readTree(body).get("access_token").asString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not sign in as " + username, ex);
		}
	}

	public static String unique() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
