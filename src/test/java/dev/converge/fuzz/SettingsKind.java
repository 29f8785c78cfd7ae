package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Storage settings outside the column definitions: a column's statistics target ({@code SET STATISTICS}), its
 * {@code n_distinct} option, and the index a plain table is clustered on ({@code CLUSTER ON}, never a partial index
 * nor a partitioned table's, which PostgreSQL refuses). The second version changes, drops and adds them.
 */
final class SettingsKind implements KindGenerator {

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(3, schema, gen, SettingsKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("setting")) {
            if (gen.chance(30)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(40)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.ownTables();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        if (gen.chance(30)) {
            cluster(schema, table, gen);
            return;
        }
        List<FuzzColumn> columns = table.ordinaryColumns();
        if (columns.isEmpty()) {
            return;
        }
        FuzzColumn column = gen.one(columns);
        String columnKey = table.columnKey(column.name());
        boolean target = gen.chance(50);
        String key = (target ? "stat:" : "opt:") + columnKey;
        if (schema.position(key) >= 0) {
            return;
        }
        String change = target ? "SET STATISTICS " + gen.between(10, 1000)
                : "SET (n_distinct = " + gen.one(List.of("-0.5", "100", "-1")) + ")";
        schema.add(new SimplePiece(key, "setting", Set.of(table.key(), columnKey), "ALTER TABLE "
                + table.qualified() + " ALTER COLUMN " + Sql.id(column.name()) + " " + change + ";"));
    }

    private static void cluster(FuzzSchema schema, FuzzTable table, Gen gen) {
        List<SimplePiece> indexes = schema.ofKind("index").stream()
                .filter(i -> table.key().equals(i.detail()) && !i.sql().contains(" WHERE ")).toList();
        String key = "cluster:" + table.key();
        if (table.partitionBy != null || indexes.isEmpty() || schema.position(key) >= 0) {
            return;
        }
        SimplePiece index = gen.one(indexes);
        String indexName = index.address().commentOn().substring("INDEX ".length());
        String raw = indexName.substring(indexName.lastIndexOf('.') + 1);
        schema.add(new SimplePiece(key, "setting", Set.of(table.key(), index.key()), "ALTER TABLE "
                + table.qualified() + " CLUSTER ON " + raw + ";"));
    }
}
