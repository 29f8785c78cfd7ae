package dev.converge.apply;

import java.util.List;

/** The answers of the live data to a plan's preflight: findings of the data checks, sizes of the tables. */
public record PreflightReport(List<DataFinding> findings, List<TableSize> sizes) {

    public PreflightReport {
        findings = List.copyOf(findings);
        sizes = List.copyOf(sizes);
    }

    public static PreflightReport empty() {
        return new PreflightReport(List.of(), List.of());
    }

    /** The findings that make the plan fail: apply stops before any change when there is one. */
    public List<DataFinding> blocking() {
        return findings.stream().filter(DataFinding::blocks).toList();
    }

    /** The findings worth showing: everything that found rows, and checks that could not run. */
    public List<DataFinding> notable() {
        return findings.stream().filter(f -> f.error() != null || f.count() > 0).toList();
    }
}
