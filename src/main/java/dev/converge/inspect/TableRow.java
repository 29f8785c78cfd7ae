package dev.converge.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.converge.model.PartitionOf;
import dev.converge.model.QualifiedName;

/** A managed table as {@code tables.sql} reads it: its own attributes, before its parts are attached. */
record TableRow(long oid, QualifiedName name, boolean unlogged, String comment, String partitionKey,
                PartitionOf partitionOf) {

    static TableRow map(ResultSet row) throws SQLException {
        String bound = row.getString("partition_bound");
        return new TableRow(
                row.getLong("table_oid"),
                QualifiedName.of(row.getString("schema_name"), row.getString("table_name")),
                row.getBoolean("unlogged"),
                row.getString("comment"),
                row.getString("partition_key"),
                bound == null ? null : new PartitionOf(
                        QualifiedName.of(row.getString("parent_schema"), row.getString("parent_name")), bound));
    }
}
