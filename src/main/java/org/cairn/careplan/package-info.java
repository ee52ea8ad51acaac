/**
 * One care plan per patient across practices: goals in the patient's words, interventions
 * by discipline and owner, reviews, and a versioned timeline of changes.
 */
@NullMarked
package org.cairn.careplan;

import org.jspecify.annotations.NullMarked;
