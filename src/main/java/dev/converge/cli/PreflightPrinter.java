package dev.converge.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.converge.apply.DataFinding;
import dev.converge.apply.PreflightReport;
import dev.converge.apply.TableSize;

/**
 * Prints what the data checks found, as SQL comments on standard output so that a plan stays a runnable script:
 * blocking findings first (the plan would fail), then data that drops delete and checks that could not run, then
 * the sizes of the tables that are rewritten or indexed.
 */
final class PreflightPrinter {

    private final PrintWriter out;

    PreflightPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(PreflightReport report, boolean includeBlocking) {
        var notable = report.notable().stream().filter(f -> includeBlocking || !f.blocks()).toList();
        if (notable.isEmpty() && report.sizes().isEmpty()) {
            return;
        }
        out.println();
        if (!notable.isEmpty()) {
            out.println("-- data checks:");
            for (DataFinding finding : notable) {
                out.println("--   " + (finding.blocks() ? "FAILS: " : "") + finding.describe().replace("\n", " "));
            }
        }
        if (!report.sizes().isEmpty()) {
            out.println("-- size of the tables rewritten or indexed (from pg_class):");
            Map<String, List<TableSize>> byTable = new LinkedHashMap<>();
            report.sizes().forEach(s -> byTable.computeIfAbsent(s.work().table().toString(), t -> new ArrayList<>())
                    .add(s));
            byTable.forEach((table, sizes) -> out.println("--   " + table + ": " + sizes.get(0).describeSize() + "; "
                    + sizes.stream().map(s -> s.work().work()).collect(Collectors.joining(", "))));
        }
        out.flush();
    }
}
