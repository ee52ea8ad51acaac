/**
 * Who signs in and what they are: accounts, passwords, API tokens, roles, practices.
 * Knows nothing about patient data; the {@link org.cairn.identity.Actor} it produces is
 * what every other module checks against.
 */
@NullMarked
package org.cairn.identity;

import org.jspecify.annotations.NullMarked;
