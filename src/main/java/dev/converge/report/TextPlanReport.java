package dev.converge.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import dev.converge.plan.Hazard;
import dev.converge.plan.Plan;
import dev.converge.plan.PlanStep;
import dev.converge.plan.Statement;
import dev.converge.plan.Statement.Action;
import dev.converge.model.Plural;

/**
 * Renders a plan as a readable SQL script: each statement is preceded by a comment with its one-line summary
 * (+ create, ~ change, - drop) and its hazards with the flag that allows each, so the output can be reviewed and
 * also run as it is. Transactions are shown as real {@code BEGIN;} and {@code COMMIT;} lines; statements that run
 * on their own (CONCURRENTLY, VALIDATE after the commit, new enum values) are marked, since they are not rolled
 * back with the rest.
 */
public final class TextPlanReport {

    private final Ansi ansi;

    public TextPlanReport(Ansi ansi) {
        this.ansi = ansi;
    }

    public String render(Plan plan) {
        return render(plan, index -> null);
    }

    /**
     * The plan with, after the header of a statement, the unified diff that {@code diffs} gives for it (null for
     * none), written as SQL comments so that the script still runs as it is.
     */
    public String render(Plan plan, IntFunction<String> diffs) {
        StringBuilder out = new StringBuilder();
        int index = 0;
        List<PlanStep> steps = plan.steps();
        long newObjectSteps = steps.stream().filter(PlanStep::newObjects).count();
        int newObjectStep = 0;
        for (PlanStep step : steps) {
            if (step.newObjects()) {
                out.append(ansi.bold("BEGIN;")).append(ansi.dim(" -- " + Plural.of(step.statements().size(),
                        "statement") + " creating new objects, transaction " + ++newObjectStep + " of "
                        + newObjectSteps + ": committed on its own (nothing uses these objects yet; if a later "
                        + "step fails they stay, and the next apply does the rest)")).append("\n\n");
            } else if (step.transactional()) {
                out.append(ansi.bold("BEGIN;")).append(ansi.dim(" -- " + Plural.of(step.statements().size(),
                        "statement") + " in one transaction: all or nothing")).append("\n\n");
            }
            for (Statement statement : step.statements()) {
                out.append(header(statement)).append('\n');
                String diff = diffs.apply(index++);
                if (diff != null) {
                    diff.lines().forEach(line -> out.append(diffLine(line)).append('\n'));
                }
                out.append(statement.sql()).append(statement.sql().endsWith(";") ? "" : ";").append("\n\n");
            }
            if (step.transactional()) {
                out.append(ansi.bold("COMMIT;")).append("\n\n");
            }
        }
        out.append(summary(plan)).append('\n');
        return out.toString();
    }

    /**
     * {@code -- Plan: 2 to create, 1 to change, 1 to drop.} or {@code -- No changes...}: a SQL comment, so that the
     * text plan redirected to a file runs as it is ({@code psql -f}).
     */
    public String summary(Plan plan) {
        if (plan.isEmpty()) {
            return "-- No changes: the database matches the desired state.";
        }
        Map<Action, Long> counts = new EnumMap<>(Action.class);
        for (Statement statement : plan.statements()) {
            counts.merge(statement.action(), 1L, Long::sum);
        }
        return ansi.bold("-- Plan: " + counts.getOrDefault(Action.CREATE, 0L) + " to create, "
                + counts.getOrDefault(Action.ALTER, 0L) + " to change, "
                + counts.getOrDefault(Action.DROP, 0L) + " to drop.");
    }

    private String diffLine(String line) {
        String comment = "--   " + line;
        if (line.startsWith("+") && !line.startsWith("+++")) {
            return ansi.green(comment);
        }
        if (line.startsWith("-") && !line.startsWith("---")) {
            return ansi.red(comment);
        }
        return ansi.dim(comment);
    }

    private String header(Statement statement) {
        String line = "-- " + marker(statement.action()) + " " + statement.summary();
        String coloured = switch (statement.action()) {
            case CREATE -> ansi.green(line);
            case DROP -> ansi.red(line);
            case ALTER -> ansi.yellow(line);
        };
        StringBuilder header = new StringBuilder(coloured).append(ansi.dim("  [" + statement.phase().label() + "]"));
        if (!statement.hazards().isEmpty()) {
            header.append('\n').append(ansi.red("--   hazards: " + hazards(statement.hazards().stream().toList())));
        }
        if (!statement.transactional()) {
            header.append('\n').append(ansi.dim("--   runs on its own, outside any transaction"));
        }
        return header.toString();
    }

    private static String hazards(List<Hazard> hazards) {
        return hazards.stream().sorted().map(h -> h.flagName() + " (allow with " + h.allowedBy() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String marker(Action action) {
        return switch (action) {
            case CREATE -> "+";
            case DROP -> "-";
            case ALTER -> "~";
        };
    }
}
