package dev.converge.plan;

import java.util.List;

/** What to verify in the live data before a plan runs: the data checks, and the tables whose size matters. */
public record Preflight(List<DataCheck> checks, List<TableWork> tableWork) {

    public Preflight {
        checks = List.copyOf(checks);
        tableWork = List.copyOf(tableWork);
    }

    public static Preflight none() {
        return new Preflight(List.of(), List.of());
    }

    public boolean isEmpty() {
        return checks.isEmpty() && tableWork.isEmpty();
    }

    /**
     * The checks that guard a phase's statements. The expand phase builds new unique indexes (duplicates matter)
     * but sets no NOT NULL, validates nothing, converts nothing that may fail and drops nothing; the contract phase
     * keeps every check.
     */
    public Preflight forPhase(Phase phase) {
        if (phase == Phase.CONTRACT) {
            return this;
        }
        return new Preflight(checks.stream().filter(c -> c.kind() == DataCheck.Kind.DUPLICATES).toList(), tableWork);
    }
}
