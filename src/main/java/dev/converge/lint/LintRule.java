package dev.converge.lint;

import java.util.List;

/**
 * One check of {@code converge lint}. A rule is pure: it reads the normalised desired catalog (and, for a plan,
 * the change set, the plan and the target's table sizes) and returns what it found; severities and suppressions
 * are applied by {@link Linter}. The id is stable: users name it in converge.yaml and in nolint comments.
 */
public interface LintRule {

    /** The stable id, e.g. {@code table-without-primary-key}. */
    String id();

    /** The severity when converge.yaml does not set one. */
    Severity defaultSeverity();

    /** Why the rule exists, in one line (SARIF's rule description, docs/lint.md). */
    String reason();

    /** Whether the rule reads a plan; such rules run only with {@code --db}. */
    default boolean needsPlan() {
        return false;
    }

    List<Finding> check(LintInput input);
}
