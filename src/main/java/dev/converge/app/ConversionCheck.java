package dev.converge.app;

import java.sql.Connection;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.inspect.CastProbe;

/**
 * Refuses, at plan time, a column type change that PostgreSQL has no cast for (bigint to timestamp, say) and for
 * which the user gave no conversion: the apply would fail halfway otherwise. PostgreSQL itself is asked, on the
 * target ({@link CastProbe}); a type the target does not have yet (created by the plan) is left to the apply.
 */
final class ConversionCheck {

    private ConversionCheck() {
    }

    static void refuseMissingCasts(Connection connection, ChangeSet changes) {
        for (Change change : changes.changes()) {
            if (change instanceof AlterColumn a && a.has(ColumnAspect.TYPE) && a.using() == null
                    && !(a.current().type().contains(".") && a.desired().type().contains("."))) {
                if (!CastProbe.castExists(connection, a.current().type(), a.desired().type())) {
                    throw new UnsupportedChangeException("column " + a.table() + "." + a.desired().name()
                            + ": PostgreSQL has no cast from " + a.current().type() + " to " + a.desired().type()
                            + " (give the conversion as a comment on the column's line in the desired SQL: "
                            + "-- converge:using <expression of " + a.current().name() + ">, e.g. to_timestamp("
                            + a.current().name() + ") for epoch seconds)");
                }
            }
        }
    }
}
