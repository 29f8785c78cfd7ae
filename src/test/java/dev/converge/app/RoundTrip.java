package dev.converge.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.converge.connect.ConnectionSpec;
import dev.converge.source.write.DesiredStateDirectory;
import dev.converge.source.write.DesiredStateFormats;

/**
 * {@code inspect} then {@code plan} against the same database: the plan must be empty. Returns the plan's
 * statements (empty when the round trip holds) and leaves the written files in {@code directory}.
 */
final class RoundTrip {

    private RoundTrip() {
    }

    static List<String> planAfterInspect(ConnectionSpec database, Path directory) throws Exception {
        return planAfterInspect(database, directory, "sql");
    }

    /** The same with the files written in {@code format} ({@code sql} or {@code yaml}). */
    static List<String> planAfterInspect(ConnectionSpec database, Path directory, String format) throws Exception {
        InspectWorkflow.Result inspected = new InspectWorkflow(Progress.SILENT)
                .inspect(database, Set.of(), DesiredStateFormats.named(format).orElseThrow());
        Files.createDirectories(directory);
        DesiredStateDirectory.write(directory, inspected.files());
        // An empty database inspects to no statement at all, which is its desired state, not a mistake.
        PlanResult plan = new PlanWorkflow(Progress.SILENT)
                .plan(new Target(database, List.of(directory), Set.of(), null).allowingEmptyDesiredState());
        return plan.plan().statements().stream().map(s -> s.summary() + ": " + s.sql()).toList();
    }
}
