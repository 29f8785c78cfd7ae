package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;

import dev.converge.apply.PreflightReport;
import dev.converge.apply.PreflightRunner;
import dev.converge.error.ConvergeException;

/** {@code plan --check-data}: asks the live data a computed plan's preflight questions; changes nothing. */
public final class PreflightWorkflow {

    private final Progress progress;

    public PreflightWorkflow(Progress progress) {
        this.progress = progress;
    }

    public PreflightReport check(Target target, PlanResult result) {
        if (result.preflight().isEmpty()) {
            return PreflightReport.empty();
        }
        progress.step("checking the live data (" + result.preflight().checks().size() + " checks)");
        try (Connection connection = target.database().open()) {
            return new PreflightRunner(connection).run(result.preflight());
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + target.database() + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
