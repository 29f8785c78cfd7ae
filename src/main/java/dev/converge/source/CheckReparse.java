package dev.converge.source;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Table;

/**
 * Records, for each desired CHECK constraint, how PostgreSQL prints it after parsing its own print once more (and for
 * each exclusion constraint, whose WHERE prints the same two ways).
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
 * check that may print differently ({@link SecondPrint#mayReprint}) is added once more from its print, NOT VALID (no
 * row is read), under a scratch name, and printed again ({@link SecondPrints}). Checks are the one kind whose second
 * print is kept on the desired side: a check is also found by its definition alone (a renamed check). The other kinds
 * of expression get theirs when current and desired differ ({@link CurrentExpressionReprint}).
 */
public final class CheckReparse {

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
        List<SecondPrint> prints = candidates.stream().map(c -> ExpressionPlaces.tableCheckInPlace(c.scratchName(),
                c.table(), c.constraint().definition())).toList();
        return withSecondPrints(desired, candidates,
                SecondPrints.of(dev, prints, "re-reading the desired check constraints in the dev database"));
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
            if (again != null && !ExpressionPlaces.withoutNotValid(again)
                    .equals(ExpressionPlaces.withoutNotValid(first))) {
                String reparsed = ExpressionPlaces.keepingNotValid(again, first);
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

    /**
     * A CHECK, or an exclusion constraint (its WHERE prints twice too, and its definition is compared the same way);
     * the other kinds hold no expression of their own.
     */
    static boolean withExpression(Constraint constraint) {
        return constraint.kind() == ConstraintKind.CHECK || constraint.kind() == ConstraintKind.EXCLUSION;
    }

    private static List<Candidate> candidates(Catalog desired) {
        List<Candidate> candidates = new ArrayList<>();
        for (Table table : desired.tables()) {
            for (Constraint constraint : table.constraints()) {
                if (withExpression(constraint) && SecondPrint.mayReprint(constraint.definition())) {
                    candidates.add(new Candidate(table, constraint, SecondPrint.scratchName(candidates.size())));
                }
            }
        }
        return candidates;
    }
}
