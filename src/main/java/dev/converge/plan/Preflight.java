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
}
