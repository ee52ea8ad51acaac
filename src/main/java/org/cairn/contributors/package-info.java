/**
 * The whole-person contributor map (CLINICAL.md section 3): which body systems and life
 * areas may be contributing, derived by readable rules from intake answers, scores and
 * clinicians' findings, each with its evidence and the disciplines that could help. Never
 * a diagnosis.
 */
@NullMarked
package org.cairn.contributors;

import org.jspecify.annotations.NullMarked;
