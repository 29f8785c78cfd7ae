package dev.converge.app;

import java.util.List;
import java.util.Set;

import dev.converge.model.Catalog;
import dev.converge.plan.Plan;
import dev.converge.plan.Preflight;
import dev.converge.source.DefinitionSite;

/**
 * A computed plan with what it covered: the managed schemas, and the objects (of either side) that Converge does
 * not manage yet and therefore left out, which the user must be told about; for reports, both catalogs and where
 * the desired state defines its objects; and {@code preflight}, the questions to ask the live data before the plan
 * runs (see docs/preflight.md).
 */
public record PlanResult(Plan plan, Set<String> schemas, List<String> unmanagedObjects,
                         Catalog current, Catalog desired, List<DefinitionSite> definitions, Preflight preflight,
                         List<String> otherSchemas) {

    public PlanResult {
        otherSchemas = List.copyOf(new java.util.TreeSet<>(otherSchemas));
        definitions = List.copyOf(definitions);
        // Sorted: Set.copyOf would iterate in a different order on every run, and the plan header lists them.
        schemas = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(schemas));
        unmanagedObjects = List.copyOf(unmanagedObjects);
        preflight = preflight == null ? Preflight.none() : preflight;
    }

    /**
     * A plan that names no schemas outside its scope. {@code otherSchemas} are the target's schemas (not system
     * ones, not Converge's own) that the managed set leaves out when no --schema or project file chose it: their
     * drift would otherwise be invisible, so plans and drift reports list them.
     */
    public PlanResult(Plan plan, Set<String> schemas, List<String> unmanagedObjects, Catalog current,
                      Catalog desired, List<DefinitionSite> definitions, Preflight preflight) {
        this(plan, schemas, unmanagedObjects, current, desired, definitions, preflight, List.of());
    }

    /** A plan without data checks (approved plans, database-to-database diffs). */
    public PlanResult(Plan plan, Set<String> schemas, List<String> unmanagedObjects, Catalog current,
                      Catalog desired, List<DefinitionSite> definitions) {
        this(plan, schemas, unmanagedObjects, current, desired, definitions, Preflight.none());
    }
}
