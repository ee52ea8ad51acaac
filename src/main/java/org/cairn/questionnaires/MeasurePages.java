package org.cairn.questionnaires;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cairn.consent.AccessPolicy;
import org.cairn.identity.Actor;
import org.cairn.identity.Role;
import org.cairn.platform.NotFoundException;
import org.cairn.platform.PatientId;
import org.cairn.questionnaires.scoring.Instrument;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Score pages: each instrument's history as a chart with the data table behind it. The
 * patient sees their own ({@code /progress/measures}); a team clinician sees a patient's
 * through the access policy for the instrument's category, so a member the patient does
 * not share mental health with gets the 403 page for the PHQ-9. Every page view reads
 * through {@link AccessPolicy#read}, so it is audited like the API.
 */
@Controller
class MeasurePages {

	/** Dates as the data table shows them; times are stored in UTC. */
	static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final InstrumentDirectory directory;

	private final Responses responses;

	private final AccessPolicy policy;

	private final MessageSource messages;

	MeasurePages(InstrumentDirectory directory, Responses responses, AccessPolicy policy, MessageSource messages) {
		this.directory = directory;
		this.responses = responses;
		this.policy = policy;
		this.messages = messages;
	}

	/** One instrument on the patient's list, with its newest result. */
	record Summary(String code, String name, String about, ScoreChart.@Nullable Row latest) {
	}

	@GetMapping("/progress/measures")
	String list(Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		List<Summary> summaries = new ArrayList<>();
		for (String code : responses.answered(patient)) {
			Catalog.Entry entry = directory.entry(code).orElse(null);
			Instrument instrument = directory.latest(code).orElse(null);
			if (entry == null || instrument == null) {
				continue;
			}
			policy.read(actor, patient, entry.category(), "scores/" + code);
			ScoreChart.Chart chart = ScoreChart.of(instrument, entries(patient, code));
			summaries.add(new Summary(code, name(code, instrument), about(code, instrument), chart.latest()));
		}
		model.addAttribute("measures", summaries);
		model.addAttribute("dates", DATES);
		return "questionnaires/measures";
	}

	@GetMapping("/progress/measures/{code}")
	String own(@PathVariable String code, Actor actor, Model model) {
		PatientId patient = actor.ownRecord();
		return page(actor, patient, code, true, model);
	}

	@GetMapping("/patients/{patientId}/measures/{code}")
	String patients(@PathVariable String patientId, @PathVariable String code, Actor actor, Model model) {
		actor.requireRole(Role.CLINICIAN);
		PatientId patient = PatientId.parse(patientId);
		model.addAttribute("patientId", patient);
		return page(actor, patient, code, false, model);
	}

	private String page(Actor actor, PatientId patient, String code, boolean patientView, Model model) {
		Catalog.Entry entry = directory.entry(code)
			.orElseThrow(() -> new NotFoundException("There is no measure '" + code + "'."));
		Instrument instrument = directory.latest(code)
			.orElseThrow(() -> new NotFoundException("There is no measure '" + code + "'."));
		policy.read(actor, patient, entry.category(), "scores/" + code);
		ScoreChart.Chart chart = ScoreChart.of(instrument, entries(patient, code));
		String name = name(code, instrument);
		model.addAttribute("code", code);
		model.addAttribute("name", name);
		model.addAttribute("about", about(code, instrument));
		model.addAttribute("chart", chart);
		model.addAttribute("summary", summary(name, chart));
		model.addAttribute("patientView", patientView);
		model.addAttribute("dates", DATES);
		return "questionnaires/measure";
	}

	private List<ScoreChart.Entry> entries(PatientId patient, String code) {
		return responses.scores(patient, code)
			.stream()
			.map(score -> new ScoreChart.Entry(score.authored(), score.total(),
					score.domains().values().stream().anyMatch(d -> d.noActivity()), score.band()))
			.toList();
	}

	private String name(String code, Instrument instrument) {
		return messages.getMessage("measures.name." + code, null, instrument.title(), LocaleContextHolder.getLocale());
	}

	/** "Lower means less pain": from the bundle, or from the direction for an import. */
	private String about(String code, Instrument instrument) {
		String fallback = messages.getMessage("measures.about." + instrument.direction().name(), null,
				LocaleContextHolder.getLocale());
		return messages.getMessage("measures.about." + code, null, fallback, LocaleContextHolder.getLocale());
	}

	/** The accessible summary of the chart, said in one sentence. */
	private String summary(String name, ScoreChart.Chart chart) {
		Locale locale = LocaleContextHolder.getLocale();
		ScoreChart.Row latest = chart.latest();
		if (latest == null) {
			return messages.getMessage("measures.summary.none", new Object[] { name }, locale);
		}
		String result = latest.noActivity() ? messages.getMessage("measures.noActivity", null, locale)
				: latest.total() == null ? messages.getMessage("measures.notScored", null, locale) : latest.total();
		String band = latest.band() == null || latest.noActivity() ? ""
				: " (" + messages.getMessage("measures.band." + latest.band(), null, latest.band(), locale) + ")";
		return messages.getMessage("measures.summary",
				new Object[] { name, chart.rows().size(), DATES.format(chart.rows().get(0).at()),
						DATES.format(latest.at()), result + band, chart.scale().min().toPlainString(),
						chart.scale().max().toPlainString() },
				locale);
	}

}
