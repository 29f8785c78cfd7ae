package dev.converge.report;

import java.util.List;
import java.util.Objects;

import dev.converge.lint.LintResult;

/**
 * Everything a report of {@code converge lint} shows: what was checked ({@code target}: the desired-state paths,
 * or the database whose plan was checked too, never with a password), the managed schemas, and the result.
 */
public record LintReport(String target, List<String> schemas, LintResult result, List<String> notes) {

    public LintReport {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(result, "result");
        schemas = schemas.stream().sorted().toList();
        notes = List.copyOf(notes);
    }

    public String title() {
        return "converge lint of " + target;
    }

    /** {@code 2 errors, 1 warning, 1 suppressed}: the outcome in one line. */
    public String summary() {
        long errors = result.errors();
        long warnings = result.warnings();
        if (result.clean() && result.suppressed().isEmpty()) {
            return "no findings";
        }
        return errors + " error(s), " + warnings + " warning(s), " + result.suppressed().size() + " suppressed";
    }

    /** The sentence that says whether the plan rules ran. */
    public String planNote() {
        return result.planChecked() ? "The plan against the target was checked too."
                : "The plan rules did not run: give --db (or --env) to check the plan against a target.";
    }
}
