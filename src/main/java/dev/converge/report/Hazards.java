package dev.converge.report;

import java.util.List;

import dev.converge.plan.Hazard;
import dev.converge.plan.Statement;

/** Hazard names as reports print them: the flag names, in the enum's order, so every format agrees. */
final class Hazards {

    private Hazards() {
    }

    static List<String> names(Statement statement) {
        return statement.hazards().stream().sorted().map(Hazard::flagName).toList();
    }

    /** What a user passes to allow the hazard in apply, or null when apply does not refuse it. */
    static String allowedBy(Hazard hazard) {
        return hazard.destructive() ? "--allow-destructive" : null;
    }
}
