package dev.converge.lint.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.Sequence;
import dev.converge.model.SqlText;

/** What {@code serial} leaves behind: a default {@code nextval('seq'::regclass)} on a sequence owned by the column. */
final class Sequences {

    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('(.+)'::regclass\\)$");

    private Sequences() {
    }

    /** The sequence a serial-style column draws from (owned by that very column), if it is one. */
    static Optional<Sequence> serialSequence(Catalog catalog, QualifiedName table, Column column) {
        if (column.defaultExpression() == null) {
            return Optional.empty();
        }
        Matcher m = NEXTVAL.matcher(column.defaultExpression());
        if (!m.matches()) {
            return Optional.empty();
        }
        String reference = m.group(1).replace("''", "'");
        return catalog.sequences().stream()
                .filter(s -> s.ownedBy() != null && s.ownedBy().table().equals(table)
                        && s.ownedBy().column().equals(column.name()))
                .filter(s -> reference.equals(SqlText.qualified(s.name()))
                        || reference.equals(SqlText.identifier(s.name().name())))
                .findFirst();
    }

    /** True when the column's values come from a sequence: identity, or a nextval default. */
    static boolean generated(Column column) {
        return column.identity().isPresent()
                || column.defaultExpression() != null && column.defaultExpression().startsWith("nextval(");
    }
}
