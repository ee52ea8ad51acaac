package org.cairn.questionnaires.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairn.platform.InvalidInputException;

/**
 * The outcome measures Cairn ships (CLINICAL.md section 5), by code. Licensed instruments
 * are not here: a practice that holds the license imports the questionnaire and defines
 * its rule with {@link Instrument#define(String, String)}.
 */
public final class Instruments {

	public static final Instrument NRS_PAIN = NrsPain.INSTRUMENT;

	public static final Instrument FSFI = Fsfi.INSTRUMENT;

	public static final Instrument MARINOFF = Marinoff.INSTRUMENT;

	public static final Instrument PEG = Peg.INSTRUMENT;

	public static final Instrument PHQ9 = Phq9.INSTRUMENT;

	public static final Instrument GAD7 = Gad7.INSTRUMENT;

	public static final Instrument PCL5 = Pcl5.INSTRUMENT;

	public static final Instrument PFDI20 = Pfdi20.INSTRUMENT;

	private static final Map<String, Instrument> BY_CODE = byCode(NRS_PAIN, FSFI, MARINOFF, PEG, PHQ9, GAD7, PCL5,
			PFDI20);

	private Instruments() {
	}

	public static List<Instrument> all() {
		return List.copyOf(BY_CODE.values());
	}

	public static Optional<Instrument> find(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	/**
	 * Scores a response to a built-in instrument.
	 * @throws InvalidInputException for an unknown instrument code
	 * @throws InvalidAnswers naming every unknown item and every value out of range
	 */
	public static Score score(String code, Map<String, Integer> answers) {
		return find(code).orElseThrow(() -> InvalidInputException.field("instrument", "unknown instrument " + code))
			.score(answers);
	}

	private static Map<String, Instrument> byCode(Instrument... instruments) {
		Map<String, Instrument> map = new LinkedHashMap<>();
		for (Instrument instrument : instruments) {
			map.put(instrument.code(), instrument);
		}
		return map;
	}

}
