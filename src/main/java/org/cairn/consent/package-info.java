/**
 * The patient's control over who sees what: sharing grants per team member and data
 * category, and the one {@link org.cairn.consent.AccessPolicy} that every read and write
 * of patient data passes.
 */
@NullMarked
package org.cairn.consent;

import org.jspecify.annotations.NullMarked;
