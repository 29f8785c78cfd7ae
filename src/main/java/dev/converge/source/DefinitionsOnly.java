package dev.converge.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.converge.error.DesiredStateException;

/**
 * The desired state says what the schema is, not what to do to it: a statement that changes data (INSERT, UPDATE,
 * DELETE, MERGE, COPY, TRUNCATE) or drops an object would run only in the throwaway dev database, where it is
 * silently lost (data) or silently changes what is desired (a DROP removes a definition from the desired state, and
 * the plan then drops the object from the target). Either is an error naming its place, before any database is
 * touched. The one exception is the migration-versions INSERT that ends a Rails {@code structure.sql}
 * ({@link RailsMigrationVersions}): it is left out, so the file can be the desired state as Rails writes it.
 */
final class DefinitionsOnly {

    private static final Set<String> DATA_CHANGES = Set.of("insert", "update", "delete", "merge", "copy",
            "truncate");

    private DefinitionsOnly() {
    }

    /**
     * {@code statements} without a Rails migration-versions INSERT, or the error for the first that is not a
     * definition.
     */
    static List<SqlStatement> check(List<SqlStatement> statements) {
        List<SqlStatement> definitions = new ArrayList<>(statements.size());
        for (SqlStatement statement : statements) {
            String first = firstWord(statement.sql());
            if (first.equals("insert") && RailsMigrationVersions.is(statement.sql())) {
                continue;
            }
            if (DATA_CHANGES.contains(first)) {
                throw new DesiredStateException(statement.location() + ": " + first.toUpperCase(Locale.ROOT)
                        + " changes data, and the desired state holds definitions only; move data changes to a"
                        + " migration or seed step");
            }
            if (first.equals("drop")) {
                throw new DesiredStateException(statement.location() + ": DROP, and the desired state holds definitions"
                        + " only; to drop an object, delete its definition (a pg_dump made with --clean: dump without"
                        + " it)");
            }
            definitions.add(statement);
        }
        return definitions;
    }

    private static String firstWord(String sql) {
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
