package dev.converge.app.migrate;

import java.util.List;

/** The comment lines at the top of generated migration files: which step this is, how it runs, what it loses. */
final class Headers {

    private Headers() {
    }

    static String up(GeneratedStep step, int steps, int index) {
        StringBuilder out = new StringBuilder();
        if (steps > 1) {
            out.append("-- step ").append(index + 1).append(" of ").append(steps).append(" of this migration\n");
        }
        if (step.upOutsideTransaction()) {
            out.append("-- runs outside a transaction: PostgreSQL refuses this statement inside one\n");
        }
        return out.append('\n').toString();
    }

    /** @param undoes the file (or changeset) whose effect this down step reverses */
    static String down(GeneratedStep step, String undoes) {
        StringBuilder out = new StringBuilder();
        out.append("-- undoes ").append(undoes).append(": returns the schema to the state before it\n");
        List<String> lost = MigrationSql.dataLoss(step.down());
        if (!lost.isEmpty()) {
            out.append("-- DATA LOSS: undoing this migration deletes data (").append(String.join("; ", lost))
                    .append("); the rows written since the migration ran are not brought back by any later one\n");
        }
        if (step.downMixed()) {
            out.append("-- runs statement by statement, outside a transaction: it holds a statement PostgreSQL "
                    + "refuses inside one\n");
        } else if (step.downOutsideTransaction()) {
            out.append("-- runs outside a transaction: PostgreSQL refuses this statement inside one\n");
        }
        if (step.down().isEmpty()) {
            out.append("-- (nothing to undo: the step changed nothing that the schema records)\n");
        }
        return out.append('\n').toString();
    }

    /** The first lines of every generated file. */
    static String top(String name, String desired) {
        return "-- " + name + ": written by converge migrate diff from " + desired + "\n"
                + "-- (converge.sum records this file: edit it only before it runs anywhere, then converge migrate "
                + "hash)\n";
    }
}
