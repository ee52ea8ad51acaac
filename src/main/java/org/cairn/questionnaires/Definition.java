package org.cairn.questionnaires;

/** One stored version of an instrument's FHIR Questionnaire, as JSON text. */
record Definition(String code, int version, String json) {
}
