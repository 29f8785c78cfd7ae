package dev.converge.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.Trigger;

/**
 * The parts of a table that name a renamed column in an expression, as PostgreSQL prints them after {@code ALTER
 * TABLE ... RENAME COLUMN}, which keeps them: the generation expressions of its other columns, its triggers (the
 * {@code UPDATE OF} list and {@code OLD.col} / {@code NEW.col} in WHEN) and its policies (USING, WITH CHECK). Without
 * this the diff would see them change and drop and re-create them (a generated column loses nothing but is rewritten,
 * a policy is briefly absent).
 */
final class ColumnPartsFollow {

    private ColumnPartsFollow() {
    }

    static Catalog apply(Catalog catalog, QualifiedName table, String from, String to) {
        return catalog.toBuilder()
                .tables(catalog.tables().stream().map(t -> !t.name().equals(table) ? t
                        : t.withColumns(t.columns().stream().map(c -> generated(c, from, to)).toList())).toList())
                .triggers(catalog.triggers().stream().map(t -> t.table().equals(table) ? trigger(t, from, to) : t)
                        .toList())
                .policies(catalog.policies().stream().map(p -> p.table().equals(table) ? policy(p, from, to) : p)
                        .toList())
                .build();
    }

    private static Column generated(Column c, String from, String to) {
        if (c.generatedExpression() == null) {
            return c;
        }
        return new Column(c.name(), c.type(), c.notNull(), c.defaultExpression(), c.identity(),
                CatalogRenamer.replaceIdentifier(c.generatedExpression(), from, to), c.collation(), c.comment(),
                c.settings());
    }

    /**
     * A trigger's definition with the column renamed in its UPDATE OF list (between {@code UPDATE OF} and the
     * table) and as {@code old.col} or {@code new.col} after it (the WHEN clause names columns only so).
     */
    static Trigger trigger(Trigger t, String from, String to) {
        if (!t.columns().contains(from)) {
            return t;
        }
        String definition = t.definition();
        String on = " ON " + SqlText.qualified(t.table()) + " ";
        int at = definition.indexOf(on);
        int of = definition.indexOf(" UPDATE OF ");
        if (at < 0) {
            return t;
        }
        String head = definition.substring(0, at);
        if (of >= 0 && of < at) {
            head = head.substring(0, of) + CatalogRenamer.replaceIdentifier(head.substring(of), from, to);
        }
        Pattern rowReference = Pattern.compile("\\b(old|new)\\." + Pattern.quote(SqlText.identifier(from))
                + "(?![\\w\"$])");
        String tail = rowReference.matcher(definition.substring(at))
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "." + SqlText.identifier(to)));
        List<String> columns = t.columns().stream().map(c -> c.equals(from) ? to : c).sorted().toList();
        return new Trigger(t.table(), t.name(), t.function(), columns, t.constraint(), t.enabled(), head + tail,
                t.comment());
    }

    private static Policy policy(Policy p, String from, String to) {
        return new Policy(p.table(), p.name(), p.command(), p.permissive(), p.roles(),
                p.using() == null ? null : CatalogRenamer.replaceIdentifier(p.using(), from, to),
                p.withCheck() == null ? null : CatalogRenamer.replaceIdentifier(p.withCheck(), from, to),
                p.columns().stream().map(c -> c.equals(from) ? to : c).sorted().toList(), p.comment());
    }
}
