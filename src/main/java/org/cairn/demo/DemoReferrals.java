package org.cairn.demo;

import java.util.List;

import org.cairn.consent.AccessPolicy;
import org.cairn.consent.DataCategory;
import org.cairn.identity.Account;
import org.cairn.identity.Accounts;
import org.cairn.identity.Actor;
import org.cairn.identity.Credentials;
import org.cairn.identity.Practice;
import org.cairn.identity.Role;
import org.cairn.referrals.Referrals;
import org.cairn.team.CareTeam;
import org.cairn.team.ClinicianProfile;
import org.cairn.team.Discipline;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two more practices for the directory, a gastroenterologist who takes new patients by
 * telehealth and a urologist who is full, and one referral in progress: Jordan, the
 * physiotherapist, refers Alex to the gastroenterologist for the bowel area, and it waits
 * for Alex to choose what is sent.
 */
@Component
@Order(50)
class DemoReferrals implements DemoContent {

	private final Accounts accounts;

	private final CareTeam team;

	private final Referrals referrals;

	private final AccessPolicy policy;

	DemoReferrals(Accounts accounts, CareTeam team, Referrals referrals, AccessPolicy policy) {
		this.accounts = accounts;
		this.team = team;
		this.referrals = referrals;
		this.policy = policy;
	}

	@Override
	public void seed(DemoCast cast) {
		Practice digestive = accounts.createPractice("Lakeside Digestive Health", null);
		Practice urology = accounts.createPractice("Harbour Urology", null);
		Account gastro = clinician("gastro", cast.password(), "Dr. Priya Raman", digestive,
				new Profile(Discipline.GASTROENTEROLOGY, false, false, true, true, List.of("en", "pt")));
		clinician("urologist", cast.password(), "Dr. Tom Becker", urology,
				new Profile(Discipline.UROLOGY, true, false, false, false, List.of("en", "de")));

		Actor physio = cast.physio().toActor();
		policy.write(physio, cast.alex(), DataCategory.CARE_PLAN, "referrals");
		referrals.draftAndAsk(physio, cast.alex(),
				new Referrals.Draft(null, gastro.id().toString(),
						"Constipation and straining since the intake, likely adding to pelvic floor tension. "
								+ "Please assess bowel function; I will keep working on relaxation and toilet posture.",
						List.of("medical-history", "bowel-bladder", "care-plan")));
	}

	private record Profile(Discipline discipline, boolean training, boolean externalOnly, boolean telehealth,
			boolean accepting, List<String> languages) {
	}

	private Account clinician(String username, String password, String name, Practice practice, Profile p) {
		Account account = accounts.createStaff(Credentials.of(username, password), Role.CLINICIAN, name, practice.id());
		team.saveProfile(new ClinicianProfile(account.id(), p.discipline(), p.training(), p.externalOnly(),
				p.telehealth(), p.accepting(), p.languages()));
		return account;
	}

}
