package dev.converge.report;

import java.util.List;
import java.util.Objects;

import dev.converge.model.Catalog;
import dev.converge.plan.Plan;
import dev.converge.plan.Preflight;
import dev.converge.model.Plural;

/**
 * Everything a report of a plan or drift run may show: which command produced it, the target (as printed, never
 * with a password), the managed schemas, the objects left out, the plan, both catalogs (for object lists,
 * definition diffs and fingerprints), where the desired state defines its objects, and the data checks that apply
 * runs first (the HTML report lists them).
 */
public record PlanReport(String command, String target, List<String> schemas, List<String> unmanagedObjects,
                         Plan plan, Catalog current, Catalog desired, List<SourceLocation> definitions,
                         Preflight preflight) {

    public PlanReport(String command, String target, List<String> schemas, List<String> unmanagedObjects, Plan plan,
                      Catalog current, Catalog desired, List<SourceLocation> definitions) {
        this(command, target, schemas, unmanagedObjects, plan, current, desired, definitions, Preflight.none());
    }

    public PlanReport {
        preflight = preflight == null ? Preflight.none() : preflight;
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        schemas = schemas.stream().sorted().toList();
        unmanagedObjects = unmanagedObjects.stream().sorted().toList();
        definitions = List.copyOf(definitions);
    }

    /** The title line of human-readable formats. */
    public String title() {
        if (command.equals("drift")) {
            return plan.isEmpty() ? "no drift in " + target
                    : "drift in " + target + ": " + Plural.of(plan.statements().size(), "statement")
                    + " needed to converge";
        }
        return "converge " + command + " for " + target;
    }
}
