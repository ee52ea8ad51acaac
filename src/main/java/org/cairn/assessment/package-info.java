/**
 * Clinicians' structured findings and encounter notes, with sensitivity labels; internal
 * findings only with the patient's consent for that visit.
 */
@NullMarked
package org.cairn.assessment;

import org.jspecify.annotations.NullMarked;
