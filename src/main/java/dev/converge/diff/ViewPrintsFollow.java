package dev.converge.diff;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.model.Catalog;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.SqlTokens;
import dev.converge.model.View;

/**
 * Views and materialized views that read a renamed column, as PostgreSQL prints them after {@code ALTER TABLE ...
 * RENAME COLUMN}: the view keeps reading the column (it stores attribute numbers) and {@code pg_get_viewdef} names
 * it by its new name, qualified by the table's alias ({@code i.quantity}); a target entry that was the bare column
 * keeps the view's column name with an alias ({@code i.quantity AS qty}). Without this the diff sees every such
 * view change: a view is replaced for nothing, a materialized view is dropped, created and filled again. The
 * dependency graph's edges to the column follow the new name too, so that a view reading a column renamed and
 * retyped in one plan is still found to read it.
 *
 * <p>The reprint is a rewrite of PostgreSQL's print, so it is only ever compared: a view the rewrite gets wrong
 * differs from the desired one and is replaced, as without it. The table's aliases are read from the print, where
 * {@code pg_get_viewdef} writes {@code schema.table alias} (or the bare relation, qualified then by its name).
 */
final class ViewPrintsFollow {

    private static final String IDENTIFIER = "(?:[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")";

    private ViewPrintsFollow() {
    }

    static Catalog apply(Catalog catalog, QualifiedName table, String from, String to) {
        ObjectRef old = ObjectRef.member(ObjectKind.COLUMN, table, from);
        Set<QualifiedName> readers = new LinkedHashSet<>();
        catalog.dependencies().stream().filter(d -> d.referenced().equals(old))
                .forEach(d -> readers.add(d.dependent().name()));
        return catalog.toBuilder()
                .views(catalog.views().stream().map(v -> readers.contains(v.name()) ? reprint(v, table, from, to) : v)
                        .toList())
                .dependencies(catalog.dependencies().stream().map(d -> d.referenced().equals(old)
                        ? new Dependency(d.dependent(), ObjectRef.member(ObjectKind.COLUMN, table, to)) : d)
                        .toList())
                .build();
    }

    /**
     * After {@code ALTER TABLE ... RENAME TO}: the views reading the table name it by its new name, and so do their
     * references to its columns where it has no alias. The dependency edges to the table and its columns follow.
     */
    static Catalog applyTable(Catalog catalog, QualifiedName from, QualifiedName to) {
        Set<QualifiedName> readers = new LinkedHashSet<>();
        catalog.dependencies().stream().filter(d -> d.referenced().name().equals(from)
                        && (d.referenced().kind() == ObjectKind.COLUMN || d.referenced().kind() == ObjectKind.TABLE))
                .forEach(d -> readers.add(d.dependent().name()));
        return catalog.toBuilder()
                .views(catalog.views().stream().map(v -> readers.contains(v.name()) ? reprintTable(v, from, to) : v)
                        .toList())
                .dependencies(catalog.dependencies().stream().map(d -> new Dependency(moved(d.dependent(), from, to),
                        moved(d.referenced(), from, to))).toList())
                .build();
    }

    private static ObjectRef moved(ObjectRef ref, QualifiedName from, QualifiedName to) {
        boolean tablePart = ref.kind() == ObjectKind.TABLE || ref.kind() == ObjectKind.COLUMN;
        return tablePart && ref.name().equals(from) ? new ObjectRef(ref.kind(), to, ref.member()) : ref;
    }

    private static View reprintTable(View view, QualifiedName from, QualifiedName to) {
        String definition = view.definition();
        String bare = SqlText.identifier(from.name());
        boolean unaliased = aliases(definition, from).contains(bare);
        Pattern qualified = Pattern.compile("(?<![\\w\"$.])" + Pattern.quote(SqlText.qualified(from))
                + "(?![\\w\"$.])");
        definition = SqlTokens.editOutsideStrings(definition,
                code -> qualified.matcher(code).replaceAll(Matcher.quoteReplacement(SqlText.qualified(to))));
        if (unaliased) {
            Pattern qualifier = Pattern.compile("(?<![\\w\"$.])" + Pattern.quote(bare + "."));
            definition = SqlTokens.editOutsideStrings(definition, code -> qualifier.matcher(code)
                    .replaceAll(Matcher.quoteReplacement(SqlText.identifier(to.name()) + ".")));
        }
        return view.withDefinition(definition);
    }

    private static View reprint(View view, QualifiedName table, String from, String to) {
        String definition = view.definition();
        for (String alias : aliases(definition, table)) {
            String oldRef = Pattern.quote(alias + "." + SqlText.identifier(from)) + "(?![\\w\"$])";
            String newRef = Matcher.quoteReplacement(alias + "." + SqlText.identifier(to));
            // a target entry of its own line (pg_get_viewdef's pretty print) that was the bare column
            Pattern entry = Pattern.compile("(?m)^(\\s*(?:SELECT (?:DISTINCT )?)?)" + oldRef + "(,?)$");
            Pattern use = Pattern.compile("(?<![\\w\"$.])" + oldRef);
            definition = SqlTokens.editOutsideStrings(definition, code -> use.matcher(entry.matcher(code)
                    .replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + newRef
                            + Matcher.quoteReplacement(" AS " + SqlText.identifier(from) + m.group(2))))
                    .replaceAll(newRef));
        }
        return view.withDefinition(definition);
    }

    /** The names the print qualifies the table's columns with: its aliases, or its name where it has none. */
    private static Set<String> aliases(String definition, QualifiedName table) {
        Set<String> aliases = new LinkedHashSet<>();
        Pattern named = Pattern.compile("(?<![\\w\"$.])" + Pattern.quote(SqlText.qualified(table)) + "(?: ("
                + IDENTIFIER + "))?(?![\\w\"$.])");
        for (String code : SqlTokens.outsideStrings(definition)) {
            Matcher m = named.matcher(code);
            while (m.find()) {
                aliases.add(m.group(1) != null ? m.group(1) : SqlText.identifier(table.name()));
            }
        }
        return aliases;
    }
}
