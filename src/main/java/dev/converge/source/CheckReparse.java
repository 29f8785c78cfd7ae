package dev.converge.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.converge.error.DesiredStateException;
import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * Records, for each desired CHECK constraint, how PostgreSQL prints it after parsing its own print once more.
 *
 * <p>PostgreSQL does not always print a CHECK expression as it prints the same expression parsed from its printed
 * text. {@code x BETWEEN 0 AND 10 AND x IS NOT NULL} is stored as an AND nested in an AND (BETWEEN becomes its own
 * AND) and printed {@code (((x >= 0) AND (x <= 10)) AND (x IS NOT NULL))}, which parses to one flat AND of three;
 * {@code op IN ('a', 'b')} on a varchar column prints {@code ((op)::text = ANY ((ARRAY['a'::character varying,
 * ...])::text[]))}, which parses to an array of casts. A target built from the user's SQL prints the first form; a
 * target where Converge created the constraint (from the print) prints the second. Both are the desired state:
 * {@link Constraint#sameDefinition} accepts either, so neither gets dropped and added again on every plan.
 *
 * <p>So PostgreSQL decides here too: in the dev database, inside transactions that are rolled back, each desired
 * check that may print differently ({@link #MAY_REPRINT}) is added once more from its print, NOT VALID (no row is
 * read), under a scratch name, and printed again.
 */
public final class CheckReparse {

    private static final String NOT_VALID = " NOT VALID";
    private static final String SCRATCH = "converge_reparse_";
    private static final int CHUNK = 200;
    /**
     * Which checks can print differently after a second parse: a chain of AND/OR (BETWEEN nests one in it) or an
     * array cast as a whole (an IN list on a varchar column). Only a filter of what to ask PostgreSQL about, so that
     * a schema of plain checks costs nothing; the answer is PostgreSQL's.
     */
    private static final Pattern MAY_REPRINT = Pattern.compile("\\b(AND|OR)\\b.*\\b(AND|OR)\\b|\\]\\)::");

    private CheckReparse() {
    }

    /** A check to print again, on its table, under a scratch constraint name. */
    record Candidate(Table table, Constraint constraint, String scratchName) {
    }

    /** The catalog with each desired check's second print, where it differs from the first. */
    public static Catalog of(Connection dev, Catalog desired) {
        List<Candidate> candidates = candidates(desired);
        if (candidates.isEmpty()) {
            return desired;
        }
        return withSecondPrints(desired, candidates, inChunks(candidates, chunk -> reprintChunk(dev, chunk)));
    }

    /**
     * {@code catalog} with each candidate's second print ({@code reprinted}: scratch name -> print) where it differs
     * from the first; a candidate PostgreSQL refused (absent) keeps its first print. Shared by both sides.
     */
    static Catalog withSecondPrints(Catalog catalog, List<Candidate> candidates, Map<String, String> reprinted) {
        Map<Table, List<Constraint>> changed = new HashMap<>();
        for (Candidate c : candidates) {
            String again = reprinted.get(c.scratchName());
            String first = c.constraint().definition();
            if (again != null && !withoutNotValid(again).equals(withoutNotValid(first))) {
                String reparsed = keepingNotValid(again, first);
                changed.computeIfAbsent(c.table(), t -> new ArrayList<>(t.constraints())).replaceAll(k ->
                        k.name().equals(c.constraint().name()) ? k.withReparsedDefinition(reparsed) : k);
            }
        }
        if (changed.isEmpty()) {
            return catalog;
        }
        List<Table> tables = catalog.tables().stream()
                .map(t -> changed.containsKey(t) ? t.withConstraints(changed.get(t)) : t).toList();
        return catalog.toBuilder().tables(tables).build();
    }

    private static List<Candidate> candidates(Catalog desired) {
        List<Candidate> candidates = new ArrayList<>();
        for (Table table : desired.tables()) {
            for (Constraint constraint : table.constraints()) {
                if (constraint.kind() == ConstraintKind.CHECK
                        && MAY_REPRINT.matcher(constraint.definition()).find()) {
                    candidates.add(new Candidate(table, constraint, SCRATCH + candidates.size()));
                }
            }
        }
        return candidates;
    }

    /**
     * Scratch name -> its print, asked in transactions of {@value #CHUNK} checks: each ADD CONSTRAINT (or temporary
     * table) locks its table until the rollback, and a whole schema's checks in one transaction would run out of lock
     * slots ({@code max_locks_per_transaction}).
     */
    static Map<String, String> inChunks(List<Candidate> candidates,
                                        Function<List<Candidate>, Map<String, String>> reprintChunk) {
        Map<String, String> printed = new HashMap<>();
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            printed.putAll(reprintChunk.apply(candidates.subList(from, Math.min(candidates.size(), from + CHUNK))));
        }
        return printed;
    }

    private static Map<String, String> reprintChunk(Connection dev, List<Candidate> candidates) {
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

    /** {@code again}, the print of a check added NOT VALID, with NOT VALID only where {@code first} has it. */
    static String keepingNotValid(String again, String first) {
        return withoutNotValid(again) + (first.endsWith(NOT_VALID) ? NOT_VALID : "");
    }

    static String withoutNotValid(String definition) {
        return definition.endsWith(NOT_VALID)
                ? definition.substring(0, definition.length() - NOT_VALID.length()) : definition;
    }
}
