package org.cairn.demo;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Credentials;
import org.cairn.identity.Practice;
import org.cairn.identity.Role;
import org.cairn.patients.NewPatient;
import org.cairn.patients.Patients;
import org.cairn.patients.Profile;
import org.cairn.team.CareTeam;
import org.cairn.team.ClinicianProfile;
import org.cairn.team.Discipline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three practices of different disciplines, their clinicians, and two patients, so that a
 * newcomer can sign in and see a cross-practice care team at once. Created on the first
 * start; at later starts only the password is set again.
 */
// After the instrument definitions are stored: the demo answers them.
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoPractice implements ApplicationRunner {

	static final List<String> USERNAMES = List.of("admin", "physio", "therapist", "gyn", "patient", "patient2",
			"gastro", "urologist");

	private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final DemoProperties properties;

	private final Environment environment;

	private final Accounts accounts;

	private final CareTeam team;

	private final Patients patients;

	private final ObjectProvider<DemoContent> contents;

	DemoPractice(DemoProperties properties, Environment environment, Accounts accounts, CareTeam team,
			Patients patients, ObjectProvider<DemoContent> contents) {
		this.properties = properties;
		this.environment = environment;
		this.accounts = accounts;
		this.team = team;
		this.patients = patients;
		this.contents = contents;
	}

	boolean enabled() {
		if (properties.enabled() != null) {
			return properties.enabled();
		}
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		String password = properties.password() != null ? properties.password() : generatedPassword();
		if (accounts.findByUsername("admin").isEmpty()) {
			DemoCast cast = create(password);
			contents.orderedStream().forEach(content -> content.seed(cast));
		}
		else {
			USERNAMES.forEach(username -> accounts.setPassword(username, password));
		}
		String port = environment.getProperty("local.server.port", "8080");
		log.info("Demo practice ready.");
		System.out.printf("%n  Cairn is running at http://localhost:%s%n" + "  Demo accounts: %s%n  Password: %s%n%n",
				port, String.join(", ", USERNAMES), password);
	}

	private DemoCast create(String password) {
		Practice physioPractice = accounts.createPractice("Riverside Pelvic Health",
				"Riverside Pelvic Health, weekdays 8:00-18:00: 555-0140");
		Practice therapyPractice = accounts.createPractice("Open Door Sex Therapy", null);
		Practice gynPractice = accounts.createPractice("Northside Gynecology", null);

		accounts.createStaff(Credentials.of("admin", password), Role.PRACTICE_ADMIN, "Sam Rivera", physioPractice.id());
		Account physio = clinician("physio", password, "Jordan Lee", physioPractice, Discipline.PELVIC_FLOOR_PT, true,
				List.of("en", "es"));
		Account therapist = clinician("therapist", password, "Dr. Maya Chen", therapyPractice, Discipline.SEX_THERAPY,
				true, List.of("en"));
		Account gyn = clinician("gyn", password, "Dr. Amara Okafor", gynPractice, Discipline.GYNECOLOGY, false,
				List.of("en", "fr"));

		var alex = patients.invite(physio.toActor(), NewPatient.of("Alex Morgan", "alex@example.org", "en"));
		patients.activate(alex.invitationToken(), Credentials.of("patient", password), Optional.of(Profile.of("Alex",
				"they/them", "1991-04-12", "Europe/London", "en", java.time.LocalDate.of(2026, 1, 1))));
		team.invite(alex.patient().id(), therapist.id(), physio.id());
		team.accept(alex.patient().id(), therapist.id());
		team.invite(alex.patient().id(), gyn.id(), physio.id());
		team.accept(alex.patient().id(), gyn.id());

		var riley = patients.invite(gyn.toActor(), NewPatient.of("Riley Brooks", "riley@example.org", "en"));
		patients.activate(riley.invitationToken(), Credentials.of("patient2", password), Optional.of(Profile.of("Riley",
				"she/her", "1986-09-30", "America/Toronto", "en", java.time.LocalDate.of(2026, 1, 1))));
		return new DemoCast(physio, therapist, gyn, alex.patient().id(),
				accounts.findByUsername("patient").orElseThrow(), password);
	}

	private Account clinician(String username, String password, String name, Practice practice, Discipline discipline,
			boolean sexualHealthTraining, List<String> languages) {
		Account account = accounts.createStaff(Credentials.of(username, password), Role.CLINICIAN, name, practice.id());
		team.saveProfile(new ClinicianProfile(account.id(), discipline, sexualHealthTraining,
				discipline == Discipline.PELVIC_FLOOR_PT, true, true, languages));
		return account;
	}

	private static String generatedPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder("cairn-");
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				out.append('-');
			}
			out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

}
