/**
 * Cross-cutting plumbing: typed ids, the clock, error handling for pages and the API,
 * layout. Nothing clinical lives here.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cairn.platform;

import org.jspecify.annotations.NullMarked;
