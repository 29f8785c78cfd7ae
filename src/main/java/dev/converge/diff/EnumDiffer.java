package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.EnumType;

/** Enum types: create, drop, comment, and new labels placed next to the right neighbour. */
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
                    changes.addAll(addedValues(c, d));
                    if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.type(d.name()), d.comment()));
                    }
                });
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
                + String.join(", ", labels) + ") is not supported yet; keep the current values in the desired "
                + "state in their current order, or migrate the type by hand");
    }
}
