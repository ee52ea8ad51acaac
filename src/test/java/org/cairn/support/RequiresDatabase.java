package org.cairn.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run on a laptop with no server, and fails it in CI, where a
 * missing server must never pass as green.
 */
class RequiresDatabase implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!TestDatabase.postgres() || TestDatabase.postgresReachable()) {
			return ConditionEvaluationResult.enabled("database available");
		}
		if (System.getenv("CI") != null) {
			throw new IllegalStateException("CI needs PostgreSQL at " + TestDatabase.serverUrl());
		}
		return ConditionEvaluationResult.disabled("no PostgreSQL at " + TestDatabase.serverUrl() + "; skipped");
	}

}
