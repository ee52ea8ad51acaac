package org.cairn.questionnaires;

/**
 * A questionnaire waiting for the patient, for the home page: its code, its title and
 * whether the patient has a saved draft to continue.
 */
public record WaitingQuestionnaire(String code, String title, boolean started) {
}
