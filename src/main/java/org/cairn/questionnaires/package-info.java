/**
 * Questionnaires: instrument definitions, responses, schedules and the scoring of outcome
 * measures. The scoring engine lives in {@link org.cairn.questionnaires.scoring}: pure
 * functions over answers, published to other modules (progress, contributors, fhir) as a
 * named interface.
 */
@NullMarked
package org.cairn.questionnaires;

import org.jspecify.annotations.NullMarked;
