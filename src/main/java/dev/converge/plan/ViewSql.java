package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.converge.change.AlterViewOptions;
import dev.converge.change.CreateView;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.change.SetViewColumnDefault;
import dev.converge.model.SqlText;
import dev.converge.model.View;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/**
 * CREATE [OR REPLACE] [MATERIALIZED] VIEW, DROP, and ALTER ... SET/RESET of options. The query is
 * {@code pg_get_viewdef} output, which is schema-qualified (read with an empty search_path) and ends with a
 * semicolon that a statement must not repeat.
 */
final class ViewSql {

    private ViewSql() {
    }

    static Statement create(CreateView c) {
        View view = c.view();
        String summary = ViewPlaceholders.isPlaceholder(view) ? "create view " + view.name() + " as a placeholder of"
                + " its columns (its query below: it calls what needs it)"
                : c.reason() == null ? "create " + view.kindName() + " " + view.name()
                : "re-create " + view.kindName() + " " + view.name() + " (dropped above: " + c.reason() + ")";
        String sql = "CREATE " + keyword(view) + " " + SqlText.qualified(view.name()) + with(view.options())
                + " AS\n" + query(view) + (view.materialized() ? "\n  WITH DATA" : "");
        return Statements.of(Action.CREATE, subject(view), summary, sql);
    }

    static Statement drop(DropView d) {
        View view = d.view();
        String summary = "drop " + view.kindName() + " " + view.name()
                + (d.reason() == null ? "" : " (" + d.reason() + "; re-created below)");
        return Statements.of(Action.DROP, subject(view), summary,
                "DROP " + keyword(view) + " " + SqlText.qualified(view.name()));
    }

    /** Replaces the query and, as PostgreSQL does with OR REPLACE, the whole option list. */
    static Statement replace(ReplaceView r) {
        View view = r.desired();
        String summary = ViewPlaceholders.isPlaceholder(view)
                ? "empty view " + view.name() + " (a placeholder of its columns, so that what it reads can be dropped)"
                : ViewPlaceholders.isPlaceholder(r.current()) ? "give view " + view.name() + " its query (created"
                        + " above as a placeholder: it calls what needs it)" : "replace the query of view " + view.name();
        return Statements.of(Action.ALTER, subject(view), summary,
                "CREATE OR REPLACE VIEW " + SqlText.qualified(view.name()) + with(view.options()) + " AS\n"
                        + query(view));
    }

    static Statement alterOptions(AlterViewOptions a) {
        Map<String, String> have = options(a.current().options());
        Map<String, String> want = options(a.desired().options());
        List<String> set = new ArrayList<>();
        want.forEach((k, v) -> {
            if (!Objects.equals(have.get(k), v)) {
                set.add(k + "=" + v);
            }
        });
        List<String> reset = have.keySet().stream().filter(k -> !want.containsKey(k)).toList();
        List<String> actions = new ArrayList<>();
        if (!set.isEmpty()) {
            actions.add("SET (" + String.join(", ", set) + ")");
        }
        if (!reset.isEmpty()) {
            actions.add("RESET (" + String.join(", ", reset) + ")");
        }
        View view = a.desired();
        String target = "ALTER " + keyword(view) + " " + SqlText.qualified(view.name()) + " ";
        String sql = target + String.join(", ", actions);
        return Statements.of(Action.ALTER, subject(view),
                "set options of " + view.kindName() + " " + view.name() + ": " + String.join(", ", a.desired()
                        .options().isEmpty() ? List.of("none") : a.desired().options()), sql);
    }

    static Statement setDefault(SetViewColumnDefault d) {
        String target = "ALTER VIEW " + SqlText.qualified(d.view()) + " ALTER COLUMN " + SqlText.identifier(d.column());
        // the view's subject, not its column's: inspect's SQL output files it with the view (views.sql)
        Subject subject = Subject.of(Kind.VIEW, d.view());
        String column = "view column " + d.view() + "." + d.column();
        return d.desiredDefault() == null
                ? Statements.of(Action.ALTER, subject, "drop the default of " + column, target + " DROP DEFAULT")
                : Statements.of(Action.ALTER, subject, "set the default of " + column + " to " + d.desiredDefault(),
                        target + " SET DEFAULT " + d.desiredDefault());
    }

    private static String keyword(View view) {
        return view.kindName().toUpperCase(Locale.ROOT);
    }

    private static Subject subject(View view) {
        return Subject.of(view.materialized() ? Kind.MATERIALIZED_VIEW : Kind.VIEW, view.name());
    }

    private static String with(List<String> options) {
        return options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")";
    }

    /** The stored query without its trailing semicolon. */
    private static String query(View view) {
        String text = view.definition().strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }

    private static Map<String, String> options(List<String> options) {
        Map<String, String> map = new TreeMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            map.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? "true" : option.substring(eq + 1));
        }
        return map;
    }
}
