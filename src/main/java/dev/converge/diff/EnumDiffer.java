package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.converge.change.AddEnumValue;
import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateEnum;
import dev.converge.change.DropEnum;
import dev.converge.change.RebuildEnum;
import dev.converge.change.SetComment;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.EnumType;

/**
 * Enum types: create, drop, comment, and new labels placed next to the right neighbour; when labels are removed or
 * reordered, which ALTER TYPE cannot do, the type is rebuilt ({@link RebuildEnum}).
 */
final class EnumDiffer {

    private EnumDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Pairs.match(current.enumsByName(), desired.enumsByName(),
                e -> changes.add(new DropEnum(e)),
                e -> {
                    changes.add(new CreateEnum(e));
                    if (e.comment() != null) {
                        changes.add(new SetComment(CommentTarget.type(e.name()), e.comment()));
                    }
                },
                (c, d) -> {
                    if (needsRebuild(c, d)) {
                        changes.add(rebuild(current, desired, c, d));
                    } else {
                        changes.addAll(addedValues(c, d));
                    }
                    if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.type(d.name()), d.comment()));
                    }
                });
    }

    /** True when current labels are missing from desired, or appear there in another order. */
    static boolean needsRebuild(EnumType current, EnumType desired) {
        List<String> want = desired.labels();
        List<String> kept = want.stream().filter(current.labels()::contains).toList();
        return !kept.equals(current.labels());
    }

    /** The rebuild, with the columns that keep using the type (their desired default is set again after). */
    private static RebuildEnum rebuild(Catalog current, Catalog desired, EnumType c, EnumType d) {
        List<RebuildEnum.EnumUse> uses = TypeUses.kept(current, desired, d.name()).stream()
                .map(u -> new RebuildEnum.EnumUse(u.table(), u.current().name(), u.current().type(),
                        u.current().defaultExpression(), u.desired().defaultExpression()))
                .toList();
        return new RebuildEnum(c, d, uses);
    }

    /**
     * The labels to add so that {@code current} becomes {@code desired}. PostgreSQL can only add enum values, so
     * the current labels must appear in the desired list in the same order. A run of new labels followed by an
     * existing label is chained with BEFORE its right neighbour; a trailing run is chained with AFTER its left
     * neighbour. Either way each label's neighbour is unique, so any order that adds the neighbour first is right.
     */
    static List<AddEnumValue> addedValues(EnumType current, EnumType desired) {
        List<String> have = current.labels();
        List<String> want = desired.labels();
        List<String> removed = have.stream().filter(label -> !want.contains(label)).toList();
        if (!removed.isEmpty()) {
            throw unsupported(current, removed);
        }
        List<String> kept = want.stream().filter(have::contains).toList();
        List<String> reordered = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).equals(have.get(i))) {
                reordered.add(have.get(i));
            }
        }
        if (!reordered.isEmpty()) {
            throw unsupported(current, reordered);
        }
        List<AddEnumValue> added = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            String label = want.get(i);
            if (have.contains(label)) {
                continue;
            }
            boolean existingFollows = want.subList(i + 1, want.size()).stream().anyMatch(have::contains);
            if (existingFollows) {
                added.add(new AddEnumValue(desired.name(), label, want.get(i + 1), null));
            } else {
                added.add(new AddEnumValue(desired.name(), label, null, i == 0 ? null : want.get(i - 1)));
            }
        }
        return added;
    }

    private static UnsupportedChangeException unsupported(EnumType type, List<String> labels) {
        return new UnsupportedChangeException("enum " + type.name() + ": removing or reordering values ("
                + String.join(", ", labels) + ") cannot be done by adding values; the type must be rebuilt");
    }
}
