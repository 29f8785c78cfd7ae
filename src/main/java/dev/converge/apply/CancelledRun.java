package dev.converge.apply;

import java.util.List;
import java.util.stream.Collectors;

import dev.converge.model.Plural;
import dev.converge.plan.Statement;

/**
 * What an interrupted apply tells the user: which statement was cancelled, what had been committed before it
 * (transactions of new objects, online steps such as a concurrent index build: they stay), and what was not
 * applied. A new apply plans from the database as it is, so it does the rest.
 */
final class CancelledRun {

    private static final int SHOWN = 20;

    private CancelledRun() {
    }

    /**
     * @param index the 1-based position of {@code stopped} in {@code plan}
     * @param committed the statements committed so far: always the first ones of the plan, which runs in order
     */
    static String describe(List<Statement> plan, int index, Statement stopped, boolean notStarted,
                           boolean transactional, List<Statement> committed) {
        int total = plan.size();
        StringBuilder message = new StringBuilder("interrupted: ");
        if (notStarted) {
            message.append("stopped before statement ").append(index).append(" of ").append(total);
        } else {
            message.append("statement ").append(index).append(" of ").append(total).append(" (")
                    .append(stopped.summary()).append(") was cancelled on the server");
        }
        message.append(transactional ? " and its transaction rolled back" : "")
                .append(notStarted || transactional ? "" : stopped.concurrentIndexOperation()
                        && stopped.action() == Statement.Action.CREATE
                        ? " (it ran outside a transaction; the invalid index it leaves is dropped and rebuilt by "
                          + "the next apply)" : " (it ran outside a transaction)")
                .append(".\n");
        if (committed.isEmpty()) {
            message.append("Nothing was changed: no statement had been committed.");
        } else {
            message.append("Committed before the interrupt (").append(Plural.of(committed.size(), "statement"))
                    .append(", they stay):\n").append(list(committed));
        }
        List<Statement> notApplied = plan.subList(committed.size(), plan.size());
        if (!notApplied.isEmpty()) {
            message.append("\nNot applied (").append(Plural.of(notApplied.size(), "statement"))
                    .append("; a new apply plans them again from the database as it is then):\n")
                    .append(list(notApplied));
        }
        return message.toString();
    }

    /** The summaries, the first {@value #SHOWN} of them: enough to see where the run stopped. */
    private static String list(List<Statement> statements) {
        String shown = statements.stream().limit(SHOWN).map(s -> "  - " + s.summary())
                .collect(Collectors.joining("\n"));
        return statements.size() > SHOWN ? shown + "\n  ... and " + (statements.size() - SHOWN) + " more" : shown;
    }
}
