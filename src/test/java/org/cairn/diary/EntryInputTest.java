package org.cairn.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class EntryInputTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static EntryInput.Read json(String body) {
		return EntryInput.fromJson(JSON.readTree(body), TODAY);
	}

	@Test
	void readsACompleteEntryWithAttemptsOneByOne() {
		EntryInput.Read read = json("""
				{"clientId": "8d0c5a4e-1111-4a5e-9a3e-2f2f2f2f2f2f", "date": "2026-11-20",
				 "pain": {"penetration": 5, "sitting": 2},
				 "attempts": [{"type": "dilator", "dilatorSize": 3, "pain": 4, "location": "superficial",
				               "painAfterMinutes": 30, "stopped": true},
				              {"type": "partner", "pain": 6}],
				 "flare": false, "stress": 4, "sleep": 3, "cycleDay": 12, "bowelNote": "fine",
				 "helped": "breathing", "redFlags": []}
				""");
		assertThat(read.problems()).isEmpty();
		assertThat(read.entry().attempts()).hasSize(2);
		assertThat(read.entry().attempts().get(0).stopped()).isTrue();
		assertThat(read.entry().attempts().get(1).activity()).isEqualTo("penetration");
		assertThat(read.entry().pain()).containsEntry("sitting", 2);
	}

	@ParameterizedTest(name = "{0} is refused")
	@CsvSource(delimiter = '|', textBlock = """
			pain.sitting                 | "pain": {"sitting": 11}
			pain.sitting                 | "pain": {"sitting": -1}
			pain.sitting                 | "pain": {"sitting": 2.5}
			pain.sitting                 | "pain": {"sitting": "3"}
			pain.horse-riding            | "pain": {"horse-riding": 3}
			attempts[0].pain             | "attempts": [{"type": "finger", "pain": 11}]
			attempts[0].type             | "attempts": [{"type": "cucumber", "pain": 2}]
			attempts[0].dilatorSize      | "attempts": [{"type": "dilator", "pain": 2}]
			attempts[0].dilatorSize      | "attempts": [{"type": "dilator", "dilatorSize": 11, "pain": 2}]
			attempts[0].dilatorSize      | "attempts": [{"type": "finger", "dilatorSize": 2, "pain": 2}]
			attempts[0].location         | "attempts": [{"type": "finger", "pain": 2, "location": "left"}]
			attempts[0].painAfterMinutes | "attempts": [{"type": "finger", "pain": 2, "painAfterMinutes": 4321}]
			attempts[0].painAfterMinutes | "attempts": [{"type": "finger", "pain": 2, "painAfterMinutes": -5}]
			attempts[0].stopped          | "attempts": [{"type": "finger", "pain": 2, "stopped": "yes"}]
			attempts[0].colour           | "attempts": [{"type": "finger", "pain": 2, "colour": "red"}]
			attempts                     | "attempts": {"type": "finger"}
			stress                       | "stress": 11
			stress                       | "stress": -1
			sleep                        | "sleep": 0
			sleep                        | "sleep": 6
			cycleDay                     | "cycleDay": 0
			cycleDay                     | "cycleDay": 61
			flare                        | "flare": "no"
			bowelNote                    | "bowelNote": 7
			note                         | "note": "%s"
			redFlags                     | "redFlags": ["dragons"]
			redFlags                     | "redFlags": "bleeding-after-sex"
			mood                         | "mood": 3
			writtenAt                    | "writtenAt": "yesterday"
			""")
	void refusesEachFieldOutOfItsRangeNamingTheField(String field, String member) {
		String body = "{\"clientId\": \"c-1\", \"date\": \"2026-11-20\", " + member.replace("%s", "x".repeat(2001))
				+ "}";
		EntryInput.Read read = json(body);
		assertThat(read.ok()).isFalse();
		assertThat(read.problems()).containsKey(field);
	}

	@ParameterizedTest(name = "date {0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-21 | in the future
			2025-11-19 | more than 365 days ago
			20-11-2026 | not a date
			2026-02-30 | not a date
			""")
	void refusesDatesInTheFutureMoreThanAYearBackOrMalformed(String date, String why) {
		EntryInput.Read read = json("{\"clientId\": \"c-1\", \"date\": \"" + date + "\"}");
		assertThat(read.problems()).as(why).containsKey("date");
	}

	@Test
	void acceptsTodayAndExactly365DaysBack() {
		assertThat(json("{\"clientId\": \"c-1\", \"date\": \"2026-11-20\"}").ok()).isTrue();
		assertThat(json("{\"clientId\": \"c-1\", \"date\": \"2025-11-20\"}").ok()).isTrue();
	}

	@Test
	void refusesAMissingOrMalformedClientId() {
		assertThat(json("{\"date\": \"2026-11-20\"}").problems()).containsKey("clientId");
		assertThat(json("{\"clientId\": \"has spaces\", \"date\": \"2026-11-20\"}").problems()).containsKey("clientId");
		assertThat(json("{\"clientId\": \"" + "a".repeat(65) + "\", \"date\": \"2026-11-20\"}").problems())
			.containsKey("clientId");
	}

	@Test
	void keepsTheRedFlagsOfARefusedEntrySoTheyAreStillRaised() {
		EntryInput.Read read = json(
				"{\"clientId\": \"c-1\", \"date\": \"2026-11-20\", \"stress\": 12, \"redFlags\": [\"bleeding-after-sex\"]}");
		assertThat(read.ok()).isFalse();
		assertThat(read.redFlags()).containsExactly("bleeding-after-sex");
	}

	@Test
	void readsTheSameEntryTheSameWayFromTheFormAndFromJson() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("clientId", "c-1");
		form.add("date", "2026-11-20");
		form.add("pain.sitting", "2");
		form.add("pain.exercise", "");
		form.add("attempt.type", "dilator");
		form.add("attempt.dilatorSize", "3");
		form.add("attempt.pain", "4");
		form.add("attempt.location", "superficial");
		form.add("attempt.painAfterMinutes", "30");
		form.add("attempt.stopped", "true");
		form.add("flare", "no");
		form.add("stress", "4");
		form.add("sleep", "");
		form.add("note", "  ");
		form.add("_csrf", "token");
		EntryInput.Read fromForm = EntryInput.fromForm(form, TODAY);
		EntryInput.Read fromJson = json("""
				{"clientId": "c-1", "date": "2026-11-20", "pain": {"sitting": 2}, "flare": false, "stress": 4,
				 "attempts": [{"type": "dilator", "dilatorSize": 3, "pain": 4, "location": "superficial",
				               "painAfterMinutes": 30, "stopped": true}]}
				""");
		assertThat(fromForm.problems()).isEmpty();
		assertThat(fromForm.entry()).isEqualTo(fromJson.entry());
		assertThat(fromForm.entry().canonical()).isEqualTo(fromJson.entry().canonical());
	}

	@Test
	void refusesAFormAttemptWithoutPainAndAnOutOfRangeScale() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("clientId", "c-1");
		form.add("date", "2026-11-20");
		form.add("pain.sitting", "12");
		form.add("attempt.type", "finger");
		form.add("flare", "maybe");
		EntryInput.Read read = EntryInput.fromForm(form, TODAY);
		assertThat(read.problems()).containsKeys("pain.sitting", "attempts[0].pain", "flare");
	}

	@Test
	void aReorderedBodyIsTheSameEntry() {
		EntryInput.Read a = json("{\"clientId\": \"c-1\", \"date\": \"2026-11-20\", \"pain\": {\"sitting\": 2, "
				+ "\"exercise\": 3}, \"redFlags\": [\"fever-pelvic-pain\", \"blood-in-stool\"]}");
		EntryInput.Read b = json(
				"{\"redFlags\": [\"blood-in-stool\", \"fever-pelvic-pain\"], \"pain\": {\"exercise\": 3,"
						+ " \"sitting\": 2}, \"date\": \"2026-11-20\", \"clientId\": \"c-1\"}");
		assertThat(a.entry().canonical()).isEqualTo(b.entry().canonical());
		assertThat(List.of(a.ok(), b.ok())).containsOnly(true);
		assertThat(Map.of()).isEmpty();
	}

}
