package org.cairn.consent;

/**
 * The decision itself, free of I/O. A patient sees all of their own record. An active
 * team member sees the core of it and the categories the patient shares with them.
 * Everyone else, practice admins included, sees nothing, and is told nothing exists.
 */
final class AccessRule {

	enum Decision {

		ALLOWED,
		/**
		 * The caller may know the patient exists (core) but not this category: answers
		 * 403.
		 */
		FORBIDDEN,
		/**
		 * The caller may not know the patient exists: answers 404, like an unknown id.
		 */
		HIDDEN

	}

	private AccessRule() {
	}

	static Decision decide(boolean isOwner, boolean isActiveMember, DataCategory category, boolean shared) {
		if (isOwner) {
			return Decision.ALLOWED;
		}
		if (!isActiveMember) {
			return Decision.HIDDEN;
		}
		if (category.alwaysShared() || shared) {
			return Decision.ALLOWED;
		}
		return Decision.FORBIDDEN;
	}

}
