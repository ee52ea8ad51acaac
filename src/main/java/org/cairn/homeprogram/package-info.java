/**
 * The exercise library, home-program prescriptions, and the patient's completion logs and
 * adherence.
 */
@NullMarked
package org.cairn.homeprogram;

import org.jspecify.annotations.NullMarked;
