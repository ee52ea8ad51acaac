/**
 * The demo practice a newcomer meets on the embedded database: built through the same
 * services as real data, so it exercises the same rules.
 */
@NullMarked
package org.cairn.demo;

import org.jspecify.annotations.NullMarked;
