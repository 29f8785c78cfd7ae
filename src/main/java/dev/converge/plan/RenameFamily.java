package dev.converge.plan;

import java.util.List;

import dev.converge.change.Rename;
import dev.converge.model.QualifiedName;

/**
 * Renames the user asked for with a hint: first in the transaction, since every other change names the object by
 * its new name. A rename removes what the running code may use by its old name, so it contracts.
 */
final class RenameFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(Rename.class, 220, Stage.RENAMES)
                .facts((r, mentions, f) -> facts(r, f))
                .render((r, context) -> List.of(RenameSql.render(r)))
                .removal();
    }

    /** A rename provides the new name, so every change that names the object by it runs after the rename. */
    private static void facts(Rename r, ChangeFacts f) {
        QualifiedName renamed = QualifiedName.of(r.object().schema(), r.to());
        switch (r.target()) {
            case TABLE -> {
                f.provides().add(ObjectKey.table(renamed));
                f.provides().add(ObjectKey.relation(renamed));
            }
            // A column rename provides no column key: a type change of the same column removes and re-provides
            // that key, and a remover runs before every provider, which would put the change before the rename.
            // The RENAMES stage runs it first anyway.
            case COLUMN -> f.requires().add(ObjectKey.table(r.object()));
            case CONSTRAINT -> {
                f.requires().add(ObjectKey.table(r.object()));
                f.provides().add(ObjectKey.constraint(r.object(), r.to()));
            }
            case INDEX -> f.provides().add(ObjectKey.relation(renamed));
            case TYPE -> f.provides().add(ObjectKey.type(renamed));
            case ENUM_VALUE -> {
                f.requires().add(ObjectKey.type(r.object()));
                f.provides().add(ObjectKey.enumLabel(r.object(), r.to()));
            }
            default -> throw new IllegalArgumentException("no ordering facts for rename of " + r.target());
        }
    }
}
