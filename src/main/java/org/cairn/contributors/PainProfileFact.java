package org.cairn.contributors;

import java.util.Optional;

import org.cairn.identity.Actor;
import org.cairn.patients.ChartFact;
import org.cairn.platform.PatientId;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The pain profile in one line at the top of every chart tab. */
@Component
class PainProfileFact implements ChartFact {

	private final ContributorMaps maps;

	private final ContributorViews views;

	PainProfileFact(ContributorMaps maps, ContributorViews views) {
		this.maps = maps;
		this.views = views;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Line> line(Actor clinician, PatientId patient) {
		if (!views.seesPainProfile(clinician, patient)) {
			return Optional.empty();
		}
		PainProfile profile = maps.painProfile(patient);
		if (profile.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Line("chart.fact.pain", views.profileLine(profile, LocaleContextHolder.getLocale()),
				"/patients/" + patient + "/contributors"));
	}

}
