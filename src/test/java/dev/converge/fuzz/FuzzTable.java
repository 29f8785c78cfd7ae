package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table of a fuzzed schema: columns, primary key, partitioning and options, edited in place by mutations (each
 * schema version holds its own copy). Constraints, indexes, triggers and the rest are pieces of their own that use
 * the table's key ({@code t:schema.name}) or a column's ({@code t:schema.name/column}).
 *
 * @param partitionBy {@code RANGE (id)} for a partitioned table, else null
 * @param partitionOf the parent's key for a partition, else null; then {@code bound} is its {@code FOR VALUES}
 */
final class FuzzTable implements Piece {

    final String schema;
    final String name;
    final List<FuzzColumn> columns = new ArrayList<>();
    String partitionBy;
    String partitionOf;
    String partitionOfSql;
    String bound;
    /** The parent's key for a child of table inheritance ({@code INHERITS}), else null; {@code inheritsSql} names it. */
    String inherits;
    String inheritsSql;
    String options;
    boolean unlogged;

    FuzzTable(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    static String keyOf(String schema, String name) {
        return "t:" + schema + "." + name;
    }

    @Override
    public String key() {
        return keyOf(schema, name);
    }

    String columnKey(String column) {
        return key() + "/" + column;
    }

    String qualified() {
        return Sql.qualified(schema, name);
    }

    Optional<FuzzColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    void replace(FuzzColumn column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column.name())) {
                columns.set(i, column);
                return;
            }
        }
        throw new IllegalArgumentException("no column " + column.name() + " in " + key());
    }

    /** The columns other than {@code id} (the key every fuzzed table has, which mutations leave alone). */
    List<FuzzColumn> ordinaryColumns() {
        return columns.stream().filter(c -> !c.name().equals("id")).toList();
    }

    @Override
    public Set<String> uses() {
        Set<String> uses = new LinkedHashSet<>();
        if (partitionOf != null) {
            uses.add(partitionOf);
        }
        if (inherits != null) {
            uses.add(inherits);
        }
        for (FuzzColumn column : columns) {
            uses.addAll(column.uses());
        }
        return uses;
    }

    @Override
    public String sql() {
        StringBuilder sql = new StringBuilder("CREATE ").append(unlogged ? "UNLOGGED " : "").append("TABLE ")
                .append(qualified());
        if (partitionOf != null) {
            sql.append(" PARTITION OF ").append(partitionOfSql).append(' ').append(bound);
        } else {
            sql.append(" (\n");
            for (FuzzColumn column : columns) {
                sql.append("    ").append(column.render()).append(",\n");
            }
            sql.append("    CONSTRAINT ").append(Sql.id(name + "_pkey")).append(" PRIMARY KEY (id)\n)");
            if (partitionBy != null) {
                sql.append(" PARTITION BY ").append(partitionBy);
            }
            if (inherits != null) {
                sql.append(" INHERITS (").append(inheritsSql).append(')');
            }
        }
        if (options != null) {
            sql.append(" WITH (").append(options).append(')');
        }
        sql.append(";\n");
        for (FuzzColumn column : columns) {
            if (column.storage() != null) {
                sql.append("ALTER TABLE ").append(qualified()).append(" ALTER COLUMN ").append(Sql.id(column.name()))
                        .append(" SET STORAGE ").append(column.storage()).append(";\n");
            }
        }
        return sql.toString();
    }

    @Override
    public FuzzTable copy() {
        FuzzTable copy = new FuzzTable(schema, name);
        copy.columns.addAll(columns);
        copy.partitionBy = partitionBy;
        copy.partitionOf = partitionOf;
        copy.partitionOfSql = partitionOfSql;
        copy.bound = bound;
        copy.inherits = inherits;
        copy.inheritsSql = inheritsSql;
        copy.options = options;
        copy.unlogged = unlogged;
        return copy;
    }
}
