/**
 * The daily symptom diary: pain by activity, penetration attempts one by one, flares, and
 * offline entries that sync without duplicates.
 */
@NullMarked
package org.cairn.diary;

import org.jspecify.annotations.NullMarked;
