package dev.converge.app.migrate;

import java.util.ArrayList;
import java.util.List;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.Rename;
import dev.converge.model.RenameHint;

/**
 * The rename hints of a down migration: each rename the up migration made, the other way round, so that undoing
 * a rename renames back (keeping the data) instead of dropping the new name and creating the old one empty.
 */
final class Reversal {

    private Reversal() {
    }

    static List<RenameHint> hints(ChangeSet up) {
        List<Rename> renames = new ArrayList<>();
        for (Change change : up.changes()) {
            if (change instanceof Rename rename) {
                renames.add(rename);
            }
        }
        List<RenameHint> hints = new ArrayList<>();
        for (Rename rename : renames) {
            String schema = rename.object().schema();
            String location = "the reverse of a rename";
            switch (rename.target()) {
                case TABLE, TYPE -> hints.add(new RenameHint(rename.target(), schema, rename.object().name(), null,
                        rename.to(), location));
                case INDEX -> hints.add(new RenameHint(rename.target(), schema, rename.from(), null, rename.to(),
                        location));
                default -> hints.add(new RenameHint(rename.target(), schema, ownerBefore(renames, rename), rename.from(),
                        rename.to(), location));
            }
        }
        return hints;
    }

    /** The table or type of a renamed member as it was named before the up migration (it may be renamed too). */
    private static String ownerBefore(List<Rename> renames, Rename member) {
        for (Rename rename : renames) {
            boolean owner = rename.target() == RenameHint.Target.TABLE || rename.target() == RenameHint.Target.TYPE;
            if (owner && rename.to().equals(member.object().name())
                    && java.util.Objects.equals(rename.object().schema(), member.object().schema())) {
                return rename.object().name();
            }
        }
        return member.object().name();
    }
}
