package dev.converge.source;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.Table;

/**
 * The current side of {@link CheckReparse}: records, for each current CHECK (or exclusion) constraint that matches no
 * desired one of its table, how PostgreSQL prints it after parsing its own print once more.
 *
 * <p>A target built from the user's SQL prints a BETWEEN inside an AND chain, or an IN list on a varchar column, in a
 * form that PostgreSQL prints differently once that form is parsed again (flat AND chains, an array of casts). Inspect
 * writes the first form; a desired state loaded from it prints the second, whose second print is itself. Unless the
 * current check's second print is known too, inspect output never plans clean against the database it came from. The
 * stored expression trees ({@code conbin}) do not help: the two forms are different trees. Both sides' second prints
 * are the same, since a print parsed once more prints itself from then on.
 *
 * <p>The target is only read, so the check is parsed again in a scratch database (on the dev server, which the
 * caller gives the current state's types and functions), on a temporary table with the columns the check names as
 * the current table has them (names, types, collations), NOT VALID, in a transaction that is rolled back. A check
 * PostgreSQL refuses there (it names something the scratch database lacks) keeps its first print only, and
 * compares as before.
 */
public final class CurrentCheckReparse {

    private CurrentCheckReparse() {
    }

    /** Whether any current check matches no desired check of its table: only then is a scratch database needed. */
    public static boolean needed(Catalog current, Catalog desired) {
        return !candidates(current, desired).isEmpty();
    }

    /** The current catalog with each unmatched check's second print, where it differs from the first. */
    public static Catalog of(Connection scratch, Catalog current, Catalog desired) {
        return of(SecondPrinter.on(scratch), current, desired);
    }

    /** Like the other, asking {@code printer} (PostgreSQL, or a cache of its answers). */
    public static Catalog of(SecondPrinter printer, Catalog current, Catalog desired) {
        List<CheckReparse.Candidate> candidates = candidates(current, desired);
        if (candidates.isEmpty()) {
            return current;
        }
        List<SecondPrint> prints = candidates.stream().map(c -> ExpressionPlaces.tableCheck(c.scratchName(),
                c.table(), c.constraint().definition())).toList();
        return CheckReparse.withSecondPrints(current, candidates, printer.secondPrints(prints,
                "re-reading the current check constraints in a scratch database on the dev server"));
    }

    /** Current checks of tables the desired state has too, for which no desired check of that table is the same. */
    private static List<CheckReparse.Candidate> candidates(Catalog current, Catalog desired) {
        List<CheckReparse.Candidate> candidates = new ArrayList<>();
        for (Table table : current.tables()) {
            Optional<Table> wanted = desired.table(table.name());
            if (wanted.isEmpty()) {
                continue;
            }
            List<Constraint> desiredChecks = checks(wanted.get());
            for (Constraint constraint : checks(table)) {
                if (!desiredChecks.isEmpty() && desiredChecks.stream().noneMatch(constraint::sameDefinition)) {
                    candidates.add(new CheckReparse.Candidate(table, constraint,
                            SecondPrint.scratchName(candidates.size())));
                }
            }
        }
        return candidates;
    }

    private static List<Constraint> checks(Table table) {
        return table.constraints().stream().filter(CheckReparse::withExpression).toList();
    }
}
