package dev.converge.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CommentTarget;
import dev.converge.change.DropColumn;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.ColumnRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/** Columns present on both sides: what differs, and whether PostgreSQL can alter it in place. */
final class ColumnDiffer {

    private ColumnDiffer() {
    }

    /**
     * True when the column must be dropped and added again. PostgreSQL (up to 16) cannot change a generation
     * expression nor turn a plain column into a generated one; generated to plain is {@code DROP EXPRESSION}.
     */
    static boolean needsRecreate(Column current, Column desired) {
        return desired.isGenerated()
                && !Objects.equals(current.generatedExpression(), desired.generatedExpression());
    }

    static Set<ColumnAspect> aspects(Column current, Column desired) {
        EnumSet<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (!current.type().equals(desired.type())) {
            aspects.add(ColumnAspect.TYPE);
        }
        if (!Objects.equals(current.collation(), desired.collation())) {
            aspects.add(ColumnAspect.COLLATION);
        }
        if (!Objects.equals(current.defaultExpression(), desired.defaultExpression())) {
            aspects.add(ColumnAspect.DEFAULT);
        }
        if (current.notNull() != desired.notNull()) {
            aspects.add(ColumnAspect.NOT_NULL);
        }
        if (!current.identity().equals(desired.identity())) {
            aspects.add(ColumnAspect.IDENTITY);
        }
        if (current.isGenerated() && !desired.isGenerated()) {
            aspects.add(ColumnAspect.GENERATED);
        }
        return aspects;
    }

    /**
     * Adds the changes for one column of a table that stays.
     *
     * @return true when the column is recreated (so its constraints and indexes must be recreated too)
     */
    static boolean diff(QualifiedName table, Column current, Column desired, int position, List<Change> changes) {
        boolean recreate = needsRecreate(current, desired);
        if (recreate) {
            changes.add(new DropColumn(table, current));
            changes.add(new AddColumn(table, desired, position));
        } else {
            Set<ColumnAspect> aspects = aspects(current, desired);
            if (!aspects.isEmpty()) {
                changes.add(new AlterColumn(table, current, desired, aspects));
            }
        }
        if (recreate ? desired.comment() != null : !Objects.equals(current.comment(), desired.comment())) {
            changes.add(new SetComment(CommentTarget.column(table, desired.name()), desired.comment()));
        }
        return recreate;
    }

    /** True when the referenced column exists on both sides and is not dropped and recreated. */
    static boolean survives(Catalog current, Catalog desired, ColumnRef ref) {
        Optional<Column> have = current.table(ref.table()).flatMap(t -> t.column(ref.column()));
        Optional<Column> want = desired.table(ref.table()).flatMap(t -> t.column(ref.column()));
        return have.isPresent() && want.isPresent() && !needsRecreate(have.get(), want.get());
    }

    static ColumnRef ref(Table table, Column column) {
        return new ColumnRef(table.name(), column.name());
    }
}
