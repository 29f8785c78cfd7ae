package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.change.AlterColumnSettings;
import dev.converge.change.AlterIndexStatistics;
import dev.converge.change.SetClusterIndex;
import dev.converge.model.ColumnSettings;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/**
 * Settings kept in the catalog only, so no hazards: PostgreSQL rewrites no row for any of them. SET STORAGE and
 * SET COMPRESSION apply to values written from then on (existing values keep how they are stored until they are
 * rewritten), CLUSTER ON only marks the index a later CLUSTER follows, and a statistics target or n_distinct is
 * read by the next ANALYZE. Their short locks are bounded by lock_timeout like every catalog change.
 */
final class SettingsSql {

    private SettingsSql() {
    }

    /**
     * One ALTER TABLE ONLY with a subcommand per setting that differs. ONLY: on a partitioned table these settings
     * would otherwise reach every partition, whose own settings are compared (and set) on their own.
     */
    static Statement column(AlterColumnSettings a) {
        ColumnSettings c = a.current();
        ColumnSettings d = a.desired();
        String column = "ALTER COLUMN " + SqlText.identifier(a.column()) + " ";
        List<String> actions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Objects.equals(c.statistics(), d.statistics())) {
            actions.add(column + "SET STATISTICS " + (d.statistics() == null ? -1 : d.statistics()));
            notes.add("statistics " + orDefault(d.statistics()));
        }
        if (!Objects.equals(c.storage(), d.storage())) {
            String storage = d.storage() != null ? d.storage() : d.typeStorage();
            if (storage == null) {
                throw new IllegalStateException("storage of " + a.table() + "." + a.column() + " back to its type's,"
                        + " which was not read");
            }
            actions.add(column + "SET STORAGE " + storage.toUpperCase(Locale.ROOT));
            notes.add("storage " + storage + " (values written from now on)");
        }
        if (!Objects.equals(c.compression(), d.compression())) {
            // DEFAULT: back to default_toast_compression
            actions.add(column + "SET COMPRESSION " + (d.compression() == null ? "DEFAULT" : d.compression()));
            notes.add("compression " + orDefault(d.compression()) + " (values written from now on)");
        }
        if (!c.options().equals(d.options())) {
            options(c.options(), d.options(), column, actions);
            notes.add("options " + (d.options().isEmpty() ? "reset" : String.join(", ", d.options())));
        }
        String name = a.table() + "." + a.column();
        return Statements.of(Action.ALTER, Subject.member(Kind.COLUMN, a.table(), a.column()),
                "set " + String.join(", ", notes) + " on column " + name,
                "ALTER TABLE ONLY " + SqlText.qualified(a.table()) + " " + String.join(", ", actions));
    }

    /** RESET the options desired does not set, SET the others (a SET replaces a value of the same name). */
    private static void options(List<String> current, List<String> desired, String column, List<String> actions) {
        Set<String> desiredNames = new TreeSet<>();
        desired.forEach(o -> desiredNames.add(name(o)));
        List<String> reset = current.stream().map(SettingsSql::name).filter(n -> !desiredNames.contains(n)).toList();
        if (!reset.isEmpty()) {
            actions.add(column + "RESET (" + String.join(", ", reset) + ")");
        }
        List<String> set = desired.stream().filter(o -> !current.contains(o)).toList();
        if (!set.isEmpty()) {
            actions.add(column + "SET (" + String.join(", ", set) + ")");
        }
    }

    /** One statement per index column: ALTER INDEX takes one ALTER COLUMN at a time by number. */
    static List<Statement> indexStatistics(AlterIndexStatistics a) {
        Set<Integer> columns = new TreeSet<>(a.current().keySet());
        columns.addAll(a.desired().keySet());
        List<Statement> statements = new ArrayList<>();
        for (int number : columns) {
            Integer target = a.desired().get(number);
            if (Objects.equals(a.current().get(number), target)) {
                continue;
            }
            statements.add(Statements.of(Action.ALTER, Subject.of(Kind.INDEX, a.index()),
                    "set statistics " + orDefault(target) + " on column " + number + " of index " + a.index(),
                    "ALTER INDEX " + SqlText.qualified(a.index()) + " ALTER COLUMN " + number + " SET STATISTICS "
                            + (target == null ? -1 : target)));
        }
        return statements;
    }

    static Statement cluster(SetClusterIndex s) {
        String alter = "ALTER TABLE " + SqlText.qualified(s.table()) + " ";
        if (s.desired() == null) {
            return Statements.of(Action.ALTER, Subject.of(Kind.TABLE, s.table()),
                    "set without cluster on " + s.table(), alter + "SET WITHOUT CLUSTER");
        }
        return Statements.of(Action.ALTER, Subject.of(Kind.TABLE, s.table()),
                "cluster " + s.table() + " on " + s.desired() + " (marks the index for CLUSTER, rows stay in place)",
                alter + "CLUSTER ON " + SqlText.identifier(s.desired()));
    }

    private static String orDefault(Object value) {
        return value == null ? "default" : value.toString();
    }

    private static String name(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq);
    }
}
