/**
 * The append-only, hash-chained record of every access to patient data. It listens to the
 * access policy's events; nobody writes to it directly.
 */
@NullMarked
package org.cairn.audit;

import org.jspecify.annotations.NullMarked;
