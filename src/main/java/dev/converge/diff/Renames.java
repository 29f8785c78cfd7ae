package dev.converge.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.converge.change.Change;
import dev.converge.change.Rename;
import dev.converge.model.Catalog;
import dev.converge.model.EnumType;
import dev.converge.model.QualifiedName;
import dev.converge.model.RenameHint.Target;
import dev.converge.model.RenameHint;
import dev.converge.model.Table;

/**
 * Applies the user's rename hints before the diff: each hint whose old name exists in the current catalog, and
 * whose new name exists only in the desired one, becomes a {@link Rename} change, and the current catalog is
 * renamed accordingly ({@link CatalogRenamer}), so that the ordinary diff then sees the object as the same one
 * and only its other differences remain. Hints that do not fit (old name gone, new name already present) are
 * ignored: that is what makes them harmless to leave in the files after the rename has been applied.
 */
final class Renames {

    record Outcome(Catalog current, List<Change> changes) {
    }

    private static final List<Target> ORDER = List.of(Target.TABLE, Target.TYPE, Target.COLUMN,
            Target.CONSTRAINT, Target.INDEX, Target.ENUM_VALUE);

    private Renames() {
    }

    static Outcome apply(Catalog current, Catalog desired, List<RenameHint> hints) {
        Catalog renamed = current;
        List<Change> changes = new ArrayList<>();
        List<RenameHint> ordered = hints.stream().filter(h -> h.target() != Target.USING)
                .sorted(Comparator.comparingInt((RenameHint h) -> ORDER.indexOf(h.target()))).toList();
        for (RenameHint hint : ordered) {
            Optional<Rename> rename = resolve(renamed, desired, hint);
            if (rename.isPresent()) {
                changes.add(rename.get());
                renamed = CatalogRenamer.apply(renamed, rename.get());
            }
        }
        for (Rename implied : impliedConstraintRenames(renamed, desired, changes)) {
            changes.add(implied);
            renamed = CatalogRenamer.apply(renamed, implied);
        }
        return new Outcome(renamed, changes);
    }

    /**
     * In a table the user renamed, a constraint whose name only PostgreSQL chose ({@code orders_pkey} after the
     * table became {@code purchases}) is renamed with it when exactly one desired constraint of the same kind has
     * the same definition (of several, the one named as the rename names it, {@code orders_a_check} ->
     * {@code purchases_a_check}; each at most once): a rename, instead of a rebuilt index and re-validated foreign
     * keys. The same for a
     * constraint named after a column the user renamed ({@code items_qty_check} after {@code qty} became
     * {@code quantity}): ALTER TABLE RENAME COLUMN keeps the constraint under its old name.
     */
    private static List<Rename> impliedConstraintRenames(Catalog current, Catalog desired, List<Change> renames) {
        List<Rename> implied = new ArrayList<>();
        for (Change change : renames) {
            if (!(change instanceof Rename r) || r.target() != Target.TABLE && r.target() != Target.COLUMN) {
                continue;
            }
            QualifiedName table = r.target() == Target.TABLE ? QualifiedName.of(r.object().schema(), r.to())
                    : r.object();
            Optional<Table> now = current.table(table);
            Optional<Table> wanted = desired.table(table);
            if (now.isEmpty() || wanted.isEmpty()) {
                continue;
            }
            String oldPart = r.target() == Target.TABLE ? r.object().name() : r.from();
            Set<String> claimed = new HashSet<>();
            for (var constraint : now.get().constraints()) {
                if (wanted.get().constraint(constraint.name()).isPresent()
                        || r.target() == Target.COLUMN && !constraint.name().contains(r.from())) {
                    continue;
                }
                List<String> candidates = wanted.get().constraints().stream()
                        .filter(d -> now.get().constraint(d.name()).isEmpty() && d.sameDefinition(constraint))
                        .map(d -> d.name()).filter(name -> !claimed.contains(name)).toList();
                // several equal definitions (two checks alike): the one named as the rename would name it
                String guessed = constraint.name().replace(oldPart, r.to());
                String chosen = candidates.size() == 1 ? candidates.get(0)
                        : candidates.contains(guessed) ? guessed : null;
                if (chosen != null) {
                    claimed.add(chosen);
                    implied.add(new Rename(Target.CONSTRAINT, table, constraint.name(), chosen));
                }
            }
        }
        return implied;
    }

    private static Optional<Rename> resolve(Catalog current, Catalog desired, RenameHint hint) {
        return switch (hint.target()) {
            case TABLE -> schemaOf(hint, desired.tables().stream().map(Table::name))
                    .filter(name -> current.table(name).isEmpty())
                    .flatMap(name -> current.table(QualifiedName.of(name.schema(), hint.from()))
                            .map(old -> new Rename(Target.TABLE, old.name(), null, name.name())));
            case TYPE -> schemaOf(hint, desired.enums().stream().map(EnumType::name))
                    .filter(name -> !current.enumsByName().containsKey(name))
                    .filter(name -> current.enumsByName().containsKey(QualifiedName.of(name.schema(), hint.from())))
                    .map(name -> new Rename(Target.TYPE, QualifiedName.of(name.schema(), hint.from()), null,
                            name.name()));
            case COLUMN -> memberRename(current, desired, hint, t -> t.column(hint.member()).isPresent(),
                    t -> t.column(hint.from()).isPresent());
            case CONSTRAINT -> memberRename(current, desired, hint, t -> t.constraint(hint.member()).isPresent(),
                    t -> t.constraint(hint.from()).isPresent());
            case INDEX -> indexRename(current, desired, hint);
            case ENUM_VALUE -> schemaOf(hint, desired.enums().stream().map(EnumType::name))
                    .flatMap(name -> Optional.ofNullable(current.enumsByName().get(name)))
                    .filter(e -> !e.labels().contains(hint.member()) && e.labels().contains(hint.from()))
                    .map(e -> new Rename(Target.ENUM_VALUE, e.name(), hint.from(), hint.member()));
            case USING -> Optional.empty(); // a conversion, see Conversions
        };
    }

    private static Optional<Rename> memberRename(Catalog current, Catalog desired, RenameHint hint,
                                                 java.util.function.Predicate<Table> hasNew,
                                                 java.util.function.Predicate<Table> hasOld) {
        return schemaOf(hint, desired.tables().stream().map(Table::name))
                .flatMap(current::table)
                .filter(t -> !hasNew.test(t) && hasOld.test(t))
                .filter(t -> desired.table(t.name()).filter(hasNew).isPresent())
                .map(t -> new Rename(hint.target(), t.name(), hint.from(), hint.member()));
    }

    private static Optional<Rename> indexRename(Catalog current, Catalog desired, RenameHint hint) {
        Function<Catalog, Stream<QualifiedName>> indexNames = catalog -> catalog.tables().stream()
                .flatMap(t -> t.indexes().stream()).map(i -> i.qualifiedName());
        return schemaOf(hint, indexNames.apply(desired))
                .filter(name -> indexNames.apply(current).noneMatch(name::equals))
                .filter(name -> indexNames.apply(current)
                        .anyMatch(QualifiedName.of(name.schema(), hint.from())::equals))
                .map(name -> new Rename(Target.INDEX, QualifiedName.of(name.schema(), hint.from()), hint.from(),
                        name.name()));
    }

    /** The qualified name the hint's object has in the desired state; unqualified names must be unambiguous. */
    private static Optional<QualifiedName> schemaOf(RenameHint hint, Stream<QualifiedName> desiredNames) {
        List<QualifiedName> matches = desiredNames
                .filter(n -> n.name().equals(hint.name()))
                .filter(n -> hint.schema() == null || n.schema().equals(hint.schema()))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
