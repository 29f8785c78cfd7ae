package dev.converge.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateSequence;
import dev.converge.change.DropSequence;
import dev.converge.model.Column;
import dev.converge.model.Identity;
import dev.converge.model.QualifiedName;
import dev.converge.model.RenameHint;
import dev.converge.model.RenameHint.Target;

/**
 * Column changes that need more than ALTER COLUMN TYPE's cast or ADD IDENTITY alone: the user's conversion of a
 * type change ({@code -- converge:using <expression>} on the column's line in the desired SQL), and a serial
 * column that becomes an identity column, which keeps its sequence's value so that new rows do not collide with
 * existing ones, and the way back. Rewrites the column changes found before, and takes out the drop of a serial's sequence that its
 * column's change now drops itself.
 */
final class Conversions {

    private Conversions() {
    }

    static ChangeSet apply(ChangeSet found, List<RenameHint> hints) {
        List<RenameHint> using = hints.stream().filter(h -> h.target() == Target.USING).toList();
        Set<QualifiedName> carried = new java.util.HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (Change change : found.changes()) {
            if (change instanceof AlterColumn a) {
                AlterColumn converted = withUsing(a, using);
                QualifiedName sequence = a.current().nextvalSequence();
                boolean toIdentity = a.has(ColumnAspect.IDENTITY) && !a.current().identity().isPresent()
                        && a.desired().identity().isPresent() && sequence != null
                        && found.changes().stream().anyMatch(c -> c instanceof DropSequence d
                                && d.sequence().name().equals(sequence));
                if (toIdentity) {
                    EnumSet<ColumnAspect> aspects = EnumSet.copyOf(converted.aspects());
                    aspects.add(ColumnAspect.SERIAL_TO_IDENTITY);
                    converted = converted.withAspects(aspects);
                    carried.add(sequence);
                }
                if (toSerial(converted, found.changes())) {
                    changes.addAll(splitToSerial(converted));
                } else {
                    changes.add(converted);
                }
            } else {
                changes.add(change);
            }
        }
        changes.removeIf(c -> c instanceof DropSequence d && carried.contains(d.sequence().name()));
        return new ChangeSet(changes);
    }

    /** An identity column whose desired default takes values from a sequence the plan creates. */
    private static boolean toSerial(AlterColumn a, List<Change> found) {
        QualifiedName sequence = a.desired().nextvalSequence();
        return a.has(ColumnAspect.IDENTITY) && a.current().identity().isPresent()
                && !a.desired().identity().isPresent() && sequence != null
                && found.stream().anyMatch(c -> c instanceof CreateSequence s && s.sequence().name().equals(sequence));
    }

    /** Identity dropped first (its value kept), the rest once the new sequence exists (see IDENTITY_TO_SERIAL). */
    private static List<AlterColumn> splitToSerial(AlterColumn a) {
        Column c = a.current();
        Column plain = new Column(c.name(), c.type(), c.notNull(), c.defaultExpression(), Identity.NONE,
                c.generatedExpression(), c.collation(), c.comment(), c.settings());
        EnumSet<ColumnAspect> rest = EnumSet.copyOf(a.aspects());
        rest.remove(ColumnAspect.IDENTITY);
        rest.add(ColumnAspect.IDENTITY_TO_SERIAL);
        return List.of(new AlterColumn(a.table(), c, plain,
                        EnumSet.of(ColumnAspect.IDENTITY, ColumnAspect.IDENTITY_TO_SERIAL), a.using()),
                new AlterColumn(a.table(), plain, a.desired(), rest, a.using()));
    }

    /** The hint on this column, when its type changes: same table (schema when the hint names one) and column. */
    private static AlterColumn withUsing(AlterColumn a, List<RenameHint> hints) {
        if (!a.has(ColumnAspect.TYPE)) {
            return a;
        }
        for (RenameHint hint : hints) {
            boolean sameTable = hint.name().equals(a.table().name())
                    && (hint.schema() == null || hint.schema().equals(a.table().schema()));
            if (sameTable && hint.member().equals(a.desired().name())) {
                return a.withUsing(hint.from());
            }
        }
        return a;
    }
}
