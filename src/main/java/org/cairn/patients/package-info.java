/**
 * The core of a patient's record (names, pronouns, contact, language, time zone) and the
 * invitation by which a patient joins Cairn.
 */
@NullMarked
package org.cairn.patients;

import org.jspecify.annotations.NullMarked;
