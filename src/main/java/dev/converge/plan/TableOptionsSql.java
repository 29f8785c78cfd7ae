package dev.converge.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.change.AlterTableOptions;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.TableOptions;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Row-level security, storage parameters and replica identity: one ALTER TABLE per aspect that changes. */
final class TableOptionsSql {

    private TableOptionsSql() {
    }

    /** On a table the plan creates nothing is at stake, so no hazards. */
    static List<Statement> alter(AlterTableOptions a, boolean newTable) {
        TableOptions c = a.current();
        TableOptions d = a.desired();
        QualifiedName table = d.table();
        String alter = "ALTER TABLE " + SqlText.qualified(table) + " ";
        List<Statement> statements = new ArrayList<>();
        // Catalog-only changes: their short ACCESS EXCLUSIVE lock is bounded by lock_timeout, not a hazard.
        Set<Hazard> security = newTable ? Set.of() : EnumSet.of(Hazard.AUTHORIZATION_CHANGE);
        if (c.rowSecurity() != d.rowSecurity()) {
            String mode = d.rowSecurity() ? "ENABLE" : "DISABLE";
            statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, table),
                    lower(mode) + " row level security on " + table, alter + mode + " ROW LEVEL SECURITY",
                    security));
        }
        if (c.forceRowSecurity() != d.forceRowSecurity()) {
            String mode = d.forceRowSecurity() ? "FORCE" : "NO FORCE";
            statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, table),
                    lower(mode) + " row level security on " + table, alter + mode + " ROW LEVEL SECURITY",
                    security));
        }
        storageParameters(c, d, alter, statements);
        if (c.replicaIdentity() != d.replicaIdentity()
                || !java.util.Objects.equals(c.replicaIndex(), d.replicaIndex())) {
            String identity = switch (d.replicaIdentity()) {
                case 'n' -> "NOTHING";
                case 'f' -> "FULL";
                case 'i' -> "USING INDEX " + SqlText.identifier(d.replicaIndex());
                default -> "DEFAULT";
            };
            statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, table),
                    "set replica identity of " + table + " to " + lower(identity),
                    alter + "REPLICA IDENTITY " + identity));
        }
        return statements;
    }

    /**
     * RESET what desired no longer sets, SET what it sets differently. pg_dump prints parameters in stored order; when that would not give desired's order, every current
     * parameter is reset and desired's are set afresh, in order.
     */
    private static void storageParameters(TableOptions c, TableOptions d, String alter, List<Statement> out) {
        if (c.storageParameters().equals(d.storageParameters())) {
            return;
        }
        Set<String> desiredNames = new TreeSet<>();
        d.storageParameters().forEach(p -> desiredNames.add(parameterName(p)));
        List<String> reset = c.storageParameters().stream().map(TableOptionsSql::parameterName)
                .filter(name -> !desiredNames.contains(name)).toList();
        List<String> set = d.storageParameters().stream()
                .filter(p -> !c.storageParameters().contains(p)).toList();
        if (!afterSet(c.storageParameters(), reset, set).equals(d.storageParameters())) {
            reset = c.storageParameters().stream().map(TableOptionsSql::parameterName).toList();
            set = d.storageParameters();
        }
        String table = d.table().toString();
        if (!reset.isEmpty()) {
            out.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, d.table()),
                    "reset storage parameters of " + table + ": " + String.join(", ", reset),
                    alter + "RESET (" + String.join(", ", reset) + ")"));
        }
        if (!set.isEmpty()) {
            out.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, d.table()),
                    "set storage parameters of " + table + ": " + String.join(", ", set),
                    alter + "SET (" + set.stream().map(TableOptionsSql::parameter)
                            .collect(java.util.stream.Collectors.joining(", ")) + ")"));
        }
    }

    /**
     * What PostgreSQL stores after RESET {@code reset} then SET {@code set}: SET keeps the options it does not
     * name and appends the ones it does (transformRelOptions), so a changed value moves to the end.
     */
    private static List<String> afterSet(List<String> current, List<String> reset, List<String> set) {
        Set<String> named = new TreeSet<>(reset);
        set.forEach(p -> named.add(parameterName(p)));
        List<String> result = new ArrayList<>(current.stream().filter(p -> !named.contains(parameterName(p))).toList());
        result.addAll(set);
        return result;
    }

    private static String parameterName(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq);
    }

    /** {@code name=value} with the value as a literal, which every parameter type accepts. */
    private static String parameter(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq) + "=" + SqlText.literal(option.substring(eq + 1));
    }

    private static String lower(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
