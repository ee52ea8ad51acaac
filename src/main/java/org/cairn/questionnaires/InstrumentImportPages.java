package org.cairn.questionnaires;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairn.identity.Actor;
import org.cairn.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The practice admin's import page: paste or upload the Questionnaire, choose the rule,
 * and see every problem named before anything is stored. The form's rule fields become
 * the same JSON rule the API takes, so both go through one check.
 */
@Controller
class InstrumentImportPages {

	private static final Pattern DOMAIN = Pattern.compile(
			"([a-z0-9][a-z0-9-]*)\\s*:\\s*(sum|mean)\\s+(?:of\\s+)?([^×*]+?)\\s*(?:[×*]\\s*([0-9]+(?:\\.[0-9]+)?))?\\s*(?:min\\s+([0-9]+))?");

	private static final Pattern BAND = Pattern
		.compile("(above|[0-9]+(?:\\.[0-9]+)?)\\s+([a-z0-9][a-z0-9-]*)\\s*:\\s*(.+)");

	private final InstrumentImport imports;

	private final JsonMapper json;

	InstrumentImportPages(InstrumentImport imports, JsonMapper json) {
		this.imports = imports;
		this.json = json;
	}

	record ImportForm(@Nullable String questionnaire, @Nullable String category, @Nullable String direction,
			@Nullable String kind, @Nullable String decimals, @Nullable String domains, @Nullable String bands,
			@Nullable String minimalImportantChange) {

		static ImportForm blank() {
			return new ImportForm("", "mental-health", "lower-is-better", "sum", "0", "", "", "");
		}

	}

	@GetMapping("/practice/instruments/import")
	String form(Actor actor, Model model, @RequestParam(required = false) @Nullable String imported,
			@RequestParam(required = false) @Nullable Integer version) {
		InstrumentImport.requireAdmin(actor);
		model.addAttribute("imported", imported);
		model.addAttribute("version", version);
		return page(model, ImportForm.blank(), Map.of());
	}

	@PostMapping("/practice/instruments/import")
	ModelAndView submit(@ModelAttribute("form") ImportForm form,
			@RequestParam(required = false) @Nullable MultipartFile file, Actor actor, Model model) throws IOException {
		InstrumentImport.requireAdmin(actor);
		String questionnaire = form.questionnaire() == null ? "" : form.questionnaire();
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > InstrumentImport.MAX_CHARS * 4L) {
				return refused(model, form, Map.of("questionnaire", "The file is too large."));
			}
			questionnaire = new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		try {
			InstrumentImport.Imported imported = imports.importDefinition(actor, questionnaire,
					form.category() == null ? "" : form.category(), scoring(form));
			return new ModelAndView("redirect:/practice/instruments/import?imported=" + imported.code() + "&version="
					+ imported.version());
		}
		catch (InvalidInputException ex) {
			return refused(model, form,
					ex.fieldErrors().isEmpty() ? Map.of("form", ex.getMessage()) : ex.fieldErrors());
		}
	}

	private ModelAndView refused(Model model, ImportForm form, Map<String, String> errors) {
		ModelAndView view = new ModelAndView(page(model, form, errors), model.asMap());
		view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return view;
	}

	private String page(Model model, ImportForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories",
				InstrumentImport.CATEGORIES.stream().map(org.cairn.consent.DataCategory::code).toList());
		return "questionnaires/import";
	}

	/**
	 * The form's rule as the JSON rule {@link ImportedRule} reads. Domains one a line:
	 * {@code desire: sum 1, 2 × 0.6} or {@code pain: mean 17 18 19 × 25 min 2}; bands one
	 * a line: {@code 4 minimal: 0–4 minimal} and a last {@code above severe: 20 and
	 * above}.
	 */
	ObjectNode scoring(ImportForm form) {
		ObjectNode rule = json.createObjectNode();
		rule.put("kind", text(form.kind()));
		rule.put("direction", text(form.direction()));
		String decimals = text(form.decimals()).strip();
		if (!decimals.isEmpty()) {
			if (!decimals.matches("[0-9]")) {
				throw InvalidInputException.field("decimals", "decimals must be a whole number from 0 to 4.");
			}
			rule.put("decimals", Integer.parseInt(decimals));
		}
		if ("weighted-domains".equals(form.kind())) {
			ArrayNode domains = rule.putArray("domains");
			for (String line : lines(form.domains())) {
				Matcher m = DOMAIN.matcher(line);
				if (!m.matches()) {
					throw InvalidInputException.field("domains", "Cannot read the domain line '" + shorten(line)
							+ "': write it as code: sum 1, 2, 3 × 0.6 (or mean … × 25 min 3).");
				}
				ObjectNode domain = domains.addObject();
				domain.put("code", m.group(1));
				domain.put("aggregate", m.group(2));
				ArrayNode items = domain.putArray("items");
				for (String item : m.group(3).split("[,\\s]+")) {
					if (!item.isBlank()) {
						items.add(item);
					}
				}
				if (m.group(4) != null) {
					domain.put("factor", m.group(4));
				}
				if (m.group(5) != null) {
					domain.put("minAnswered", Integer.parseInt(m.group(5)));
				}
			}
		}
		var bandLines = lines(form.bands());
		if (!bandLines.isEmpty()) {
			ArrayNode bands = rule.putArray("bands");
			for (String line : bandLines) {
				Matcher m = BAND.matcher(line);
				if (!m.matches()) {
					throw InvalidInputException.field("bands", "Cannot read the band line '" + shorten(line)
							+ "': write it as 4 minimal: 0–4 minimal, and the last as above severe: 20 and above.");
				}
				ObjectNode band = bands.addObject();
				if (!"above".equals(m.group(1))) {
					band.put("upTo", m.group(1));
				}
				band.put("code", m.group(2));
				band.put("description", m.group(3).strip());
			}
		}
		String minimal = text(form.minimalImportantChange()).strip();
		if (!minimal.isEmpty()) {
			rule.put("minimalImportantChange", minimal);
		}
		return rule;
	}

	private static java.util.List<String> lines(@Nullable String text) {
		return text == null ? java.util.List.of()
				: text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(50).toList();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String shorten(String line) {
		return line.length() > 60 ? line.substring(0, 60) + "…" : line;
	}

}
