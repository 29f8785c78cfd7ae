package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.model.Constraint;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * A foreign key whose columns do not lead any index of the referencing table: every DELETE or key UPDATE on the
 * referenced table scans the referencing table to check it, under a lock, and joins along the key cannot use an
 * index. An index counts when its first key items are exactly the foreign key's columns (in any order), plain
 * columns, without a predicate; a primary key or unique constraint counts like an index.
 */
public final class ForeignKeyWithoutIndex extends Rule {

    public static final String ID = "foreign-key-without-index";

    public ForeignKeyWithoutIndex() {
        super(ID, Severity.WARNING, "Without an index on its columns, a foreign key makes every delete or key "
                + "update of the referenced table scan the referencing table");
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> findings = new ArrayList<>();
        for (Table table : input.desired().tables()) {
            List<IndexKeys> indexes = IndexKeys.of(table);
            for (Constraint fk : table.foreignKeys()) {
                boolean covered = indexes.stream().anyMatch(i -> ("btree".equals(i.method())
                        || "hash".equals(i.method()) && fk.columns().size() == 1) && i.leadsWith(fk.columns()));
                if (!covered) {
                    String columns = String.join(", ", fk.columns().stream().map(SqlText::identifier).toList());
                    findings.add(new Finding(ID, Subject.member("constraint", table.name(), fk.name()),
                            "foreign key " + fk.name() + " on " + table.name() + " (" + columns
                                    + ") has no index that starts with its columns",
                            "CREATE INDEX ON " + SqlText.qualified(table.name()) + " (" + columns + ")"));
                }
            }
        }
        return findings;
    }
}
