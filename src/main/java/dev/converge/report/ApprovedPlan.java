package dev.converge.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.converge.plan.Plan;

/**
 * A plan read back from a JSON report for {@code apply --plan}: the statements to run, the schemas it covers,
 * the fingerprint of the current catalog it was computed against and of the desired one, and the fingerprint of
 * each current object's definition (to say which objects changed since, when the catalog no longer matches).
 */
public record ApprovedPlan(String file, Plan plan, List<String> schemas, String currentFingerprint,
                           String desiredFingerprint, Map<String, String> currentObjects) {
    public ApprovedPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(currentFingerprint, "currentFingerprint");
        schemas = List.copyOf(schemas);
        currentObjects = Map.copyOf(currentObjects);
    }
}
