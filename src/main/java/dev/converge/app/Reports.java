package dev.converge.app;

import java.util.List;

import dev.converge.report.PlanReport;
import dev.converge.report.SourceLocation;
import dev.converge.source.DefinitionSite;

/** Turns a computed plan into the input of the report formats (the bridge between source and report). */
public final class Reports {

    private Reports() {
    }

    /** @param command {@code plan} or {@code drift}, as the reports name what produced them */
    public static PlanReport of(String command, Target target, PlanResult result) {
        return of(command, target.database().toString(), result);
    }

    /** @param target the target database as printed (ConnectionSpec's text, which never shows the password) */
    public static PlanReport of(String command, String target, PlanResult result) {
        List<SourceLocation> locations = result.definitions().stream().map(Reports::location).toList();
        return new PlanReport(command, target, List.copyOf(result.schemas()),
                result.unmanagedObjects(), result.plan(), result.current(), result.desired(), locations,
                result.preflight());
    }

    private static SourceLocation location(DefinitionSite site) {
        return new SourceLocation(site.family(), site.schema(), site.name(), site.file(), site.line(),
                site.column());
    }
}
