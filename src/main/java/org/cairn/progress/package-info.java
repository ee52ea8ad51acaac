/**
 * Progress over time: weekly medians of the primary outcome, change against the minimal
 * important change, the plateau rule, insights and progress reports.
 */
@NullMarked
package org.cairn.progress;

import org.jspecify.annotations.NullMarked;
