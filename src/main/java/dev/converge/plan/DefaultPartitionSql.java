package dev.converge.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.change.CreateTable;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/**
 * A new partition of a table with a DEFAULT partition ({@link CreateTable#defaultPartition}): the default partition
 * is detached, the partition created, the default partition's rows within the new bounds moved through the parent
 * (which routes them into the new partition), and the default partition attached again; all in the plan's
 * transaction. The bounds are PostgreSQL's own ({@code pg_get_partition_constraintdef} of the new partition), read
 * when the statement runs.
 */
final class DefaultPartitionSql {

    private DefaultPartitionSql() {
    }

    static List<Statement> create(CreateTable c, Statement createPartition) {
        QualifiedName parent = c.table().partitionOf().parent();
        QualifiedName defaultPartition = c.defaultPartition();
        String table = c.table().name().toString();
        // generated columns are computed again; identity values are kept as they are
        String columns = c.table().columns().stream().filter(column -> !column.isGenerated()).map(Column::name)
                .map(SqlText::identifier).collect(Collectors.joining(", "));
        String move = "DO $converge$\nDECLARE\n    bounds text := pg_catalog.pg_get_partition_constraintdef("
                + SqlText.literal(SqlText.qualified(c.table().name())) + "::pg_catalog.regclass);\nBEGIN\n"
                + "    IF bounds IS NOT NULL THEN\n"
                + "        EXECUTE 'WITH moved AS (DELETE FROM " + SqlText.qualified(defaultPartition).replace("'", "''")
                + " WHERE ' || bounds || ' RETURNING " + columns.replace("'", "''") + ") INSERT INTO "
                + SqlText.qualified(parent).replace("'", "''") + " (" + columns.replace("'", "''")
                + ") OVERRIDING SYSTEM VALUE SELECT " + columns.replace("'", "''") + " FROM moved';\n"
                + "    END IF;\nEND\n$converge$";
        return List.of(
                Statements.of(Action.ALTER, Subject.of(Kind.TABLE, parent), "detach default partition "
                        + defaultPartition + " while " + table + " is created", "ALTER TABLE "
                        + SqlText.qualified(parent) + " DETACH PARTITION " + SqlText.qualified(defaultPartition),
                        Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK)),
                createPartition,
                Statements.of(Action.ALTER, Subject.of(Kind.TABLE, c.table().name()), "move the rows of "
                        + defaultPartition + " that belong to " + table + " into it", move,
                        Set.of(Hazard.TABLE_REWRITE)),
                Statements.of(Action.ALTER, Subject.of(Kind.TABLE, parent), "attach default partition "
                        + defaultPartition + " again", "ALTER TABLE " + SqlText.qualified(parent)
                        + " ATTACH PARTITION " + SqlText.qualified(defaultPartition) + " DEFAULT",
                        Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK, Hazard.VALIDATES_ROWS)));
    }
}
