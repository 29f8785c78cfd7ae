package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.converge.fuzz.ColType.Family;

/**
 * Indexes on plain and partitioned tables: plain, multi-column, descending, unique, partial (with a generated
 * predicate function among them), on expressions (with a generated text function among them), with INCLUDE. The
 * second version drops, adds and redefines them (a redefined index keeps its name).
 */
final class IndexKind implements KindGenerator {

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        for (FuzzTable table : schema.ownTables()) {
            for (int i = gen.between(0, 2); i > 0; i--) {
                add(schema, table, gen, schema.name(table.name.replaceAll("[^A-Za-z]", "") + "_idx", gen));
            }
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("index")) {
            if (piece.detail() instanceof String tableKey && gen.chance(25)) {
                schema.drop(piece.key());
                if (gen.chance(50) && schema.tables().anyMatch(t -> t.key().equals(tableKey))) {
                    add(schema, schema.table(tableKey), gen, piece.address().commentOn().replaceFirst(".*\\.", ""));
                }
            }
        }
        for (FuzzTable table : schema.ownTables()) {
            if (gen.chance(20)) {
                add(schema, table, gen, schema.name(table.name.replaceAll("[^A-Za-z]", "") + "_idx", gen));
            }
        }
    }

    private static void add(FuzzSchema schema, FuzzTable table, Gen gen, String rawName) {
        String name = rawName.startsWith("\"") ? dev.converge.model.SqlText.parseIdentifier(rawName) : rawName;
        List<FuzzColumn> columns = table.ordinaryColumns().stream().filter(c -> c.type().family().keyable()).toList();
        if (columns.isEmpty()) {
            return;
        }
        FuzzColumn column = gen.one(columns);
        String c = Sql.id(column.name());
        String columnKey = table.columnKey(column.name());
        Set<String> uses = new LinkedHashSet<>(List.of(table.key(), columnKey));
        boolean partitioned = table.partitionBy != null;
        String unique = "";
        String keys;
        String tail = "";
        switch (gen.pick(6)) {
            case 0 -> {
                boolean seeded = schema.seededColumns(table).contains(column);
                boolean parent = schema.tables().anyMatch(t -> table.key().equals(t.inherits));
                unique = seeded && (!parent || KnownGaps.UNIQUE_ON_INHERITANCE_PARENT) ? "UNIQUE " : "";
                keys = c + (partitioned ? ", id" : "");
            }
            case 1 -> keys = c + " DESC NULLS LAST, id";
            case 2 -> {
                keys = c;
                tail = " WHERE " + predicate(schema, column, c, uses, gen);
                uses.add("type:" + columnKey);
            }
            case 3 -> {
                keys = expression(schema, column, c, uses, gen);
                uses.add("type:" + columnKey);
            }
            case 4 -> keys = partitioned ? c : "id) INCLUDE (" + c;
            default -> keys = c;
        }
        String qualified = Sql.qualified(table.schema, name);
        schema.add(new SimplePiece("i:" + qualified, "index", uses,
                "CREATE " + unique + "INDEX " + Sql.id(name) + " ON " + table.qualified() + " (" + keys + ")" + tail
                        + ";",
                new SimplePiece.Address("INDEX " + qualified, null, null), table.key()));
    }

    private static String predicate(FuzzSchema schema, FuzzColumn column, String c, Set<String> uses, Gen gen) {
        Family family = column.type().family();
        if (family == Family.INT || family == Family.SMALLINT) {
            List<SimplePiece> predicates = FunctionKind.usable(schema, FunctionKind.Role.PREDICATE,
                    schema.pieces.size());
            if (!predicates.isEmpty() && gen.chance(60)) {
                SimplePiece predicate = gen.one(predicates);
                uses.add(predicate.key());
                return FunctionKind.call(predicate, c);
            }
            return KnownGaps.EXPRESSIONS_REPRINTED ? c + " BETWEEN 1 AND 100000 AND " + c + " <> 13" : c + " > 1";
        }
        if (KnownGaps.EXPRESSIONS_REPRINTED && family.textual()) {
            return c + " IN ('r1', 'v1', 'd0') OR " + c + " IS NULL";
        }
        return c + " IS NOT NULL";
    }

    private static String expression(FuzzSchema schema, FuzzColumn column, String c, Set<String> uses, Gen gen) {
        if (column.type().family().textual()) {
            List<SimplePiece> texts = FunctionKind.usable(schema, FunctionKind.Role.TEXT, schema.pieces.size());
            if (!texts.isEmpty() && gen.chance(60)) {
                SimplePiece text = gen.one(texts);
                uses.add(text.key());
                return "(" + FunctionKind.call(text, c) + ")";
            }
            return "lower(" + c + ")";
        }
        if (column.type().family().integral() || column.type().family() == Family.NUMERIC) {
            return "(" + c + " + 1)";
        }
        return c;
    }
}
