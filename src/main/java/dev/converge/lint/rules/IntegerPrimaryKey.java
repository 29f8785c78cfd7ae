package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.lint.TableStats;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.Table;

/**
 * A single-column primary key of type {@code integer} or {@code smallint} on a table that grows (its key comes
 * from a sequence or identity, or it is partitioned) or that is large on the target: the key runs out at
 * 2,147,483,647 (32,767), and widening it later rewrites the table and every referencing one under a lock.
 */
public final class IntegerPrimaryKey extends Rule {

    public static final String ID = "integer-primary-key";
    private static final Set<String> NARROW = Set.of("integer", "smallint");

    public IntegerPrimaryKey() {
        super(ID, Severity.WARNING, "An integer key on a growing table runs out at 2^31-1, and widening it later "
                + "rewrites the table and those that reference it");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : input.desired().tables()) {
            if (table.isPartition() || table.primaryKey().isEmpty()) {
                continue;
            }
            Constraint key = table.primaryKey().get();
            if (key.columns().size() != 1) {
                continue;
            }
            Column column = table.column(key.columns().get(0)).orElse(null);
            if (column == null || !NARROW.contains(column.type())) {
                continue;
            }
            String why = why(input, table, column);
            if (why != null) {
                findings.add(new Finding(ID, Subject.member("column", table.name(), column.name()),
                        "primary key " + table.name() + "." + column.name() + " is " + column.type() + " on " + why,
                        "declare it bigint (8 bytes instead of 4; foreign keys to it become bigint too)"));
            }
        }
        return findings;
    }

    private static String why(LintInput input, Table table, Column column) {
        if (input.plan().isPresent()) {
            TableStats stats = input.plan().get().sizes().get(table.name());
            if (stats != null && input.settings().large(stats)) {
                return "a large table (" + stats.describe() + ")";
            }
        }
        if (Sequences.generated(column)) {
            return "a growing table (the key is generated)";
        }
        if (table.isPartitioned()) {
            return "a partitioned table";
        }
        return null;
    }
}
