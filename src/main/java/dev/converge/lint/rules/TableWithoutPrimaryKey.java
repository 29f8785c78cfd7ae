package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.model.Table;

/**
 * A table without a primary key: rows cannot be told apart reliably, logical replication cannot replicate its
 * UPDATEs and DELETEs, and most tools that edit rows refuse it. A partition is judged by its parent.
 */
public final class TableWithoutPrimaryKey extends Rule {

    public static final String ID = "table-without-primary-key";

    public TableWithoutPrimaryKey() {
        super(ID, Severity.ERROR, "A table without a primary key has no reliable row identity (logical replication "
                + "cannot replicate its updates and deletes)");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : input.desired().tables()) {
            if (!table.isPartition() && table.primaryKey().isEmpty()) {
                findings.add(new Finding(ID, Subject.of("table", table.name()),
                        "table " + table.name() + " has no primary key",
                        "add a PRIMARY KEY: the natural key, or an id bigint GENERATED ALWAYS AS IDENTITY column"));
            }
        }
        return findings;
    }
}
