package dev.converge.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.error.DesiredStateException;
import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * Makes the desired CHECK constraints read as the target will read them after the plan ran.
 *
 * <p>PostgreSQL does not always print a CHECK expression as it prints the same expression parsed from its own
 * printed text: {@code x BETWEEN 0 AND 10 AND x IS NOT NULL} is stored as an AND nested in an AND (BETWEEN becomes
 * its own AND) and printed with the inner parentheses, {@code (((x >= 0) AND (x <= 10)) AND (x IS NOT NULL))},
 * while that text parsed again is one flat AND of three, printed {@code (((x >= 0) AND (x <= 10) AND (x IS NOT
 * NULL)))}. The plan creates constraints from the printed text, so without this the target would never match the
 * desired state and every plan would drop and add the constraint again.
 *
 * <p>So PostgreSQL decides here too: in the dev database, inside a transaction that is rolled back, each desired
 * check whose text has more than one AND or OR (the only ones that can nest) is added once more, NOT VALID (no row
 * is read), from its printed text under a scratch name, and printed again; where the two prints differ, the
 * desired constraint takes the second, which is what the target will print.
 */
public final class CheckReparse {

    private static final Pattern BOOLEAN_OPERATOR = Pattern.compile("\\b(AND|OR)\\b");
    private static final String NOT_VALID = " NOT VALID";
    private static final String SCRATCH = "converge_reparse_";

    private CheckReparse() {
    }

    private record Candidate(Table table, Constraint constraint, String scratchName) {
    }

    /** The catalog with every desired check constraint in the form PostgreSQL gives it after one more parse. */
    public static Catalog of(Connection dev, Catalog desired) {
        List<Candidate> candidates = candidates(desired);
        if (candidates.isEmpty()) {
            return desired;
        }
        Map<String, String> reprinted = reprint(dev, candidates);
        Map<Table, List<Constraint>> changed = new HashMap<>();
        for (Candidate c : candidates) {
            String again = reprinted.get(c.scratchName());
            String before = withoutNotValid(c.constraint().definition());
            if (again != null && !withoutNotValid(again).equals(before)) {
                String definition = withoutNotValid(again)
                        + (c.constraint().definition().endsWith(NOT_VALID) ? NOT_VALID : "");
                changed.computeIfAbsent(c.table(), t -> new ArrayList<>(t.constraints()))
                        .replaceAll(k -> k.name().equals(c.constraint().name()) ? withDefinition(k, definition) : k);
            }
        }
        if (changed.isEmpty()) {
            return desired;
        }
        List<Table> tables = desired.tables().stream()
                .map(t -> changed.containsKey(t) ? t.withConstraints(changed.get(t)) : t).toList();
        return desired.toBuilder().tables(tables).build();
    }

    private static List<Candidate> candidates(Catalog desired) {
        List<Candidate> candidates = new ArrayList<>();
        for (Table table : desired.tables()) {
            for (Constraint constraint : table.constraints()) {
                if (constraint.kind() == ConstraintKind.CHECK && booleanOperators(constraint.definition()) > 1) {
                    candidates.add(new Candidate(table, constraint, SCRATCH + candidates.size()));
                }
            }
        }
        return candidates;
    }

    /** Counts AND/OR words, string literals included: a filter of what to re-parse, never the result itself. */
    private static int booleanOperators(String definition) {
        Matcher m = BOOLEAN_OPERATOR.matcher(definition);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Scratch name -> its print; a check PostgreSQL refuses to add again keeps its first print (absent here). */
    private static Map<String, String> reprint(Connection dev, List<Candidate> candidates) {
        try {
            boolean autoCommit = dev.getAutoCommit();
            dev.setAutoCommit(false);
            try (Statement s = dev.createStatement()) {
                // as the inspector prints: every user object schema-qualified
                s.execute("SET LOCAL search_path TO ''");
                s.execute("SAVEPOINT converge_reparse_all");
                try {
                    // all in one round trip; PostgreSQL runs a multi-statement string in the open transaction
                    s.execute(String.join(";\n", candidates.stream().map(CheckReparse::addAgain).toList()));
                } catch (SQLException oneRefused) {
                    s.execute("ROLLBACK TO SAVEPOINT converge_reparse_all");
                    for (Candidate c : candidates) {
                        s.execute("SAVEPOINT converge_reparse_one");
                        try {
                            s.execute(addAgain(c));
                        } catch (SQLException refused) {
                            s.execute("ROLLBACK TO SAVEPOINT converge_reparse_one");
                        }
                    }
                }
                Map<String, String> printed = new HashMap<>();
                try (ResultSet rows = s.executeQuery("SELECT conname, pg_catalog.pg_get_constraintdef(oid) "
                        + "FROM pg_catalog.pg_constraint WHERE conname LIKE 'converge\\_reparse\\_%'")) {
                    while (rows.next()) {
                        printed.put(rows.getString(1), rows.getString(2));
                    }
                }
                return printed;
            } finally {
                dev.rollback();
                dev.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DesiredStateException("re-reading the desired check constraints in the dev database: "
                    + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static String addAgain(Candidate c) {
        return "ALTER TABLE " + SqlText.qualified(c.table().name()) + " ADD CONSTRAINT "
                + SqlText.identifier(c.scratchName()) + " " + withoutNotValid(c.constraint().definition())
                + NOT_VALID;
    }

    private static String withoutNotValid(String definition) {
        return definition.endsWith(NOT_VALID)
                ? definition.substring(0, definition.length() - NOT_VALID.length()) : definition;
    }

    private static Constraint withDefinition(Constraint c, String definition) {
        return new Constraint(c.name(), c.kind(), c.columns(), definition, c.deferrable(), c.initiallyDeferred(),
                c.foreignKey(), c.comment());
    }
}
