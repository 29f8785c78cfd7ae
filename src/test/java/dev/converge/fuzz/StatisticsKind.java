package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Extended statistics ({@code CREATE STATISTICS}) on two columns or on an expression of one, of plain, partitioned
 * and child tables, some with a statistics target. The second version redefines them under the same name (other
 * kinds, other columns), changes targets, adds and drops them.
 */
final class StatisticsKind implements KindGenerator {

    /** What a statistics object is defined on, so that the second version can write it again. */
    record Shape(String name, String tableKey) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        for (FuzzTable table : schema.ownTables()) {
            if (gen.chance(25)) {
                add(schema, table, gen, Sql.qualified(table.schema, schema.name("stats", gen)));
            }
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("statistics")) {
            Shape shape = (Shape) piece.detail();
            if (gen.chance(30)) {
                schema.drop(piece.key());
                if (gen.chance(60) && schema.tables().anyMatch(t -> t.key().equals(shape.tableKey))) {
                    add(schema, schema.table(shape.tableKey), gen, shape.name);
                }
            }
        }
        for (FuzzTable table : schema.ownTables()) {
            if (gen.chance(10)) {
                add(schema, table, gen, Sql.qualified(table.schema, schema.name("stats", gen)));
            }
        }
    }

    private static void add(FuzzSchema schema, FuzzTable table, Gen gen, String name) {
        List<FuzzColumn> columns = table.ordinaryColumns().stream()
                .filter(c -> c.type().family().keyable() || c.type().family() == ColType.Family.BOOL).toList();
        if (columns.isEmpty()) {
            return;
        }
        FuzzColumn first = gen.one(columns);
        Set<String> uses = new LinkedHashSet<>(List.of(table.key(), table.columnKey(first.name())));
        String on;
        if (gen.chance(30)) {
            // An expression statistics object (PostgreSQL 14+): one expression, no kinds.
            on = "(" + Sql.id(first.name()) + " IS NULL)";
            uses.add("type:" + table.columnKey(first.name()));
            addPiece(schema, name, uses, "CREATE STATISTICS " + name + " ON " + on + " FROM "
                    + table.qualified() + ";", table, gen);
            return;
        }
        String second = "id"; // every table has one, a child of table inheritance from its parent
        List<FuzzColumn> others = columns.stream().filter(c -> c != first).toList();
        if (!others.isEmpty() && gen.chance(50)) {
            second = others.get(gen.pick(others.size())).name();
            uses.add(table.columnKey(second));
        }
        String kinds = gen.one(List.of("", " (ndistinct)", " (dependencies, mcv)", " (mcv)"));
        addPiece(schema, name, uses, "CREATE STATISTICS " + name + kinds + " ON " + Sql.id(first.name()) + ", "
                + Sql.id(second) + " FROM " + table.qualified() + ";", table, gen);
    }

    private static void addPiece(FuzzSchema schema, String name, Set<String> uses, String create, FuzzTable table,
                                 Gen gen) {
        String sql = create + (gen.chance(30) ? "\nALTER STATISTICS " + name + " SET STATISTICS "
                + gen.between(50, 500) + ";" : "");
        schema.add(new SimplePiece("st:" + name, "statistics", uses, sql,
                new SimplePiece.Address("STATISTICS " + name, null, null), new Shape(name, table.key())));
    }
}
