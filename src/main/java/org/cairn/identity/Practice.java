package org.cairn.identity;

import org.cairn.platform.PracticeId;
import org.jspecify.annotations.Nullable;

/** A practice (organization). The crisis contact is shown with every safety message. */
public record Practice(PracticeId id, String name, @Nullable String crisisContact) {
}
