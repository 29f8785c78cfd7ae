package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.PlanFacts;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.lint.TableStats;
import dev.converge.model.QualifiedName;
import dev.converge.plan.Hazard;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject.Kind;

/**
 * A statement that holds a lock blocking writes (or reads) while it works through a large table: a rewrite, an
 * ACCESS EXCLUSIVE lock held during a scan, or a SHARE lock during a plain index build. "Large" is the target's
 * estimate against {@code lint.large_table_rows} / {@code lint.large_table_bytes}.
 */
public final class LockOnLargeTable extends Rule {

    public static final String ID = "lock-on-large-table";
    private static final Set<Hazard> LOCKING = EnumSet.of(Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.SHARE_LOCK,
            Hazard.TABLE_REWRITE);

    public LockOnLargeTable() {
        super(ID, Severity.WARNING, "A statement that rewrites or locks a large table stalls the traffic on it "
                + "for as long as it works");
    }

    @Override
    public boolean needsPlan() {
        return true;
    }

    @Override
    public List<Finding> check(LintInput input) {
        PlanFacts facts = input.plan().orElseThrow();
        PlanStatements statements = new PlanStatements(facts);
        List<Finding> findings = new ArrayList<>();
        for (Statement statement : statements.all()) {
            Set<Hazard> locking = EnumSet.noneOf(Hazard.class);
            statement.hazards().stream().filter(LOCKING::contains).forEach(locking::add);
            if (locking.isEmpty()) {
                continue;
            }
            QualifiedName table = statements.table(statement);
            TableStats stats = table == null ? null : facts.sizes().get(table);
            if (stats == null || !input.settings().large(stats)) {
                continue;
            }
            List<String> names = locking.stream().map(Hazard::flagName).toList();
            findings.add(new Finding(ID, subject(statement, table), statement.summary() + ": "
                    + String.join(", ", names) + " on table " + table + " (" + stats.describe() + ")",
                    "run it in a maintenance window, or split it into online steps (a new column and a backfill, "
                            + "CREATE INDEX CONCURRENTLY)"));
        }
        return findings;
    }

    private static Subject subject(Statement statement, QualifiedName table) {
        String name = statement.subject().name();
        String prefix = table + ".";
        if (statement.subject().kind() == Kind.COLUMN && name.startsWith(prefix)) {
            return Subject.member("column", table, name.substring(prefix.length()));
        }
        return Subject.of("table", table);
    }
}
