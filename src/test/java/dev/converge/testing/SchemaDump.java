package dev.converge.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.converge.connect.ConnectionSpec;

/**
 * A normalised {@code pg_dump --schema-only} of a database: an oracle independent of Converge's own inspector.
 * Lines are trimmed, trailing commas dropped and the result sorted, so column order (ADD COLUMN appends) and
 * statement order do not matter, while every column, constraint, index, sequence, type and comment does.
 */
public final class SchemaDump {

    private SchemaDump() {
    }

    public static List<String> of(ConnectionSpec database) {
        return normalise(raw(database, "--no-owner", "--no-privileges", "--no-tablespaces"));
    }

    /**
     * The normalised dump of a copy of the database restored from its own dump: each definition as PostgreSQL prints
     * it once its print is parsed again. PostgreSQL does not always print a parsed print as the original (a BETWEEN
     * inside an AND chain, an IN list on a varchar column), so a database built from printed definitions (inspect
     * output, a dump) can only be compared with the original through this.
     */
    public static List<String> reprinted(ConnectionSpec database) {
        String dump = raw(database, "--no-owner", "--no-privileges", "--no-tablespaces");
        // psql meta-commands (pg_dump's \restrict) are no SQL
        String sql = String.join("\n", dump.lines().filter(line -> !line.startsWith("\\")).toList());
        try (TestDatabase copy = TestDatabase.withSql(sql)) {
            return of(copy.spec());
        }
    }

    /**
     * {@code dump} with every line that {@code first} (a normalised dump) has where {@code second} (the normalised
     * dump of its {@link #reprinted} copy) has another line replaced by that other line: a dump in which definitions
     * PostgreSQL printed from the user's SQL and definitions it printed from their prints compare equal. Lines are
     * paired by position, which a second print does not move (it changes what follows a constraint's name only, or
     * the expressions of a one-line statement: an index, a policy, a trigger, whose text before the first
     * parenthesis is the same).
     */
    public static List<String> withSecondPrints(List<String> dump, List<String> first, List<String> second) {
        java.util.Map<String, String> secondOf = new java.util.HashMap<>();
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            String[] one = first.get(i).split("\n");
            String[] two = second.get(i).split("\n");
            if (one.length != two.length || !head(one[0]).equals(head(two[0]))) {
                continue; // not the same statement: nothing to pair
            }
            for (int j = 0; j < one.length; j++) {
                if (!one[j].equals(two[j])) {
                    secondOf.put(one[j], two[j]);
                }
            }
        }
        List<String> mapped = new ArrayList<>();
        for (String statement : dump) {
            List<String> lines = new ArrayList<>();
            for (String line : statement.split("\n")) {
                lines.add(secondOf.getOrDefault(line, line));
            }
            mapped.add(String.join("\n", lines));
        }
        mapped.sort(null);
        return mapped;
    }

    /** A statement's first line up to its first parenthesis: the name of what it makes, not its expressions. */
    private static String head(String line) {
        int paren = line.indexOf('(');
        return paren < 0 ? line : line.substring(0, paren);
    }

    /** The plain {@code pg_dump --schema-only} of a database, as a user would take it (owners, privileges and all). */
    public static String plain(ConnectionSpec database) {
        return raw(database);
    }

    /** pg_dump's own {@code --schema-only} text of the database, with {@code options} added. */
    public static String raw(ConnectionSpec database, String... options) {
        // CI installs the client of each server's major and names it here: pg_dump refuses a newer server.
        String pgDump = System.getenv().getOrDefault("CONVERGE_PG_DUMP", "pg_dump");
        List<String> command = new ArrayList<>(List.of(pgDump, "--schema-only"));
        command.addAll(List.of(options));
        command.addAll(List.of("-h", database.host(), "-p", Integer.toString(database.port()),
                "-U", database.user(), database.database()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(false);
        String output;
        try {
            Process process = builder.start();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_dump of " + database + " failed: " + errors);
            }
        } catch (IOException e) {
            throw new IllegalStateException(pgDump + " is needed to compare schemas and could not run ("
                    + e.getMessage() + "); install the PostgreSQL client tools of the server's major version, or "
                    + "name one with CONVERGE_PG_DUMP", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output;
    }

    /**
     * Splits the dump into statements, drops session settings and comments, sorts the lines inside each
     * statement (so a table's column order does not matter but its columns stay with it), and sorts the statements.
     */
    private static final java.util.regex.Pattern NULL_DEFAULT =
            java.util.regex.Pattern.compile(" DEFAULT NULL::[A-Za-z0-9_ .\"\\[\\]]+?(?= NOT NULL$|;$|$)");

    static List<String> normalise(String dump) {
        List<String> statements = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : dump.split("\n")) {
            String line = raw.strip();
            if (current.isEmpty() && (line.isEmpty() || line.startsWith("--") || line.startsWith("SET ")
                    || line.startsWith("SELECT pg_catalog.set_config") || line.startsWith("\\"))) {
                continue;
            }
            if (line.isEmpty() || line.startsWith("--")) {
                continue;
            }
            line = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
            // A stored NULL default (DEFAULT NULL on a typmod column, as restoring pg_dump's partitions stores it) is
            // no default, and Converge reads it so (inspect/columns.sql): pg_dump prints both as DEFAULT NULL, in a
            // column's line and in the ALTER TABLE ONLY ... SET DEFAULT of a child under a parent's default.
            current.add(NULL_DEFAULT.matcher(line).replaceFirst(" DEFAULT NULL"));
            if (line.endsWith(";")) {
                statements.add(normaliseStatement(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            statements.add(normaliseStatement(current));
        }
        statements.sort(null);
        return statements;
    }

    private static String normaliseStatement(List<String> lines) {
        if (lines.size() <= 2) {
            return String.join("\n", lines);
        }
        List<String> body = new ArrayList<>(lines.subList(1, lines.size() - 1));
        body.sort(null);
        return lines.get(0) + "\n  " + String.join("\n  ", body) + "\n" + lines.get(lines.size() - 1);
    }
}
