/**
 * Safety alerts for the care team (CLINICAL.md section 4). An alert opens whenever an
 * answer raises a red flag; it is visible to every active team member and to the patient
 * whatever the sharing grants, and says only that a safety answer needs follow-up: which
 * answer it was follows the grants. Clinicians acknowledge and resolve alerts; nothing is
 * deleted.
 */
@NullMarked
package org.cairn.safety;

import org.jspecify.annotations.NullMarked;
