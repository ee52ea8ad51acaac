/**
 * Care teams across practices, and the clinician directory. Implements the access
 * policy's {@link org.cairn.consent.CareTeamRoster}.
 */
@NullMarked
package org.cairn.team;

import org.jspecify.annotations.NullMarked;
