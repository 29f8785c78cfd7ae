package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.converge.fuzz.ColType.Family;

/**
 * Unique, check and foreign-key constraints, some NOT VALID, some using a generated function, on plain and
 * partitioned tables, always true of the seeded rows. The second version drops, adds and validates them.
 */
final class ConstraintKind implements KindGenerator {

    /** What a constraint is, so that the second version can validate a NOT VALID one. */
    record Shape(String table, String name, String body, boolean notValid) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        for (FuzzTable table : schema.ownTables()) {
            for (int i = gen.between(0, 2); i > 0; i--) {
                add(schema, table, gen);
            }
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("constraint")) {
            Shape shape = (Shape) piece.detail();
            if (gen.chance(15)) {
                schema.drop(piece.key());
            } else if (shape.notValid && gen.chance(40)) {
                Shape valid = new Shape(shape.table, shape.name, shape.body, false);
                schema.replace(piece, piece.withSql(render(valid), valid));
            }
        }
        for (FuzzTable table : schema.ownTables()) {
            if (gen.chance(20)) {
                add(schema, table, gen);
            }
        }
    }

    private static void add(FuzzSchema schema, FuzzTable table, Gen gen) {
        List<FuzzColumn> columns = schema.seededColumns(table);
        if (columns.isEmpty()) {
            return;
        }
        FuzzColumn column = gen.one(columns);
        String columnKey = table.columnKey(column.name());
        Set<String> uses = new LinkedHashSet<>(List.of(table.key(), columnKey, "type:" + columnKey));
        String name = schema.name(table.name.replaceAll("[^A-Za-z]", "") + "_con", gen);
        boolean partitioned = table.partitionBy != null;
        String body;
        boolean notValid = false;
        int choice = gen.pick(3);
        boolean parent = schema.tables().anyMatch(t -> table.key().equals(t.inherits));
        if (choice == 0 && column.type().family().keyable()
                && (!partitioned || KnownGaps.PARTITIONED_UNIQUE_CONSTRAINTS)
                && (!parent || KnownGaps.UNIQUE_ON_INHERITANCE_PARENT)) {
            body = "UNIQUE (" + Sql.id(column.name()) + (partitioned ? ", id)" : ")");
        } else if (choice == 1 && !partitioned && (column.type().family() == Family.INT
                || column.type().family() == Family.SMALLINT)) {
            // A permanent table may reference only permanent tables.
            List<FuzzTable> targets = schema.ownTables().stream()
                    .filter(t -> schema.position(t.key()) <= schema.position(table.key()))
                    .filter(t -> !t.unlogged || table.unlogged).toList();
            FuzzTable target = gen.one(targets);
            uses.add(target.key());
            uses.add("type:" + target.columnKey("id"));
            body = "FOREIGN KEY (" + Sql.id(column.name()) + ") REFERENCES " + target.qualified() + " (id)"
                    + gen.one(List.of("", " ON DELETE CASCADE", " ON UPDATE SET NULL", " DEFERRABLE"));
            notValid = gen.chance(30);
        } else {
            body = "CHECK (" + check(schema, table, column, uses, gen) + ")";
            notValid = gen.chance(30);
        }
        String sameBody = body;
        if (!KnownGaps.DUPLICATE_UNIQUE_CONSTRAINTS && body.startsWith("UNIQUE") && schema.ofKind("constraint").stream()
                .anyMatch(p -> ((Shape) p.detail()).table.equals(table.qualified())
                        && ((Shape) p.detail()).body.equals(sameBody))) {
            return;
        }
        Shape shape = new Shape(table.qualified(), name, body, notValid);
        schema.add(new SimplePiece("k:" + table.key() + "." + name, "constraint", uses, render(shape),
                new SimplePiece.Address("CONSTRAINT " + Sql.id(name) + " ON " + table.qualified(), null, null),
                shape));
    }

    /** A condition every seeded value of the column meets. */
    private static String check(FuzzSchema schema, FuzzTable table, FuzzColumn column, Set<String> uses, Gen gen) {
        String c = Sql.id(column.name());
        Family family = column.type().family();
        if (family == Family.INT || family == Family.SMALLINT) {
            List<SimplePiece> predicates = FunctionKind.usable(schema, FunctionKind.Role.PREDICATE,
                    schema.pieces.size());
            if (!predicates.isEmpty() && gen.chance(50)) {
                SimplePiece predicate = gen.one(predicates);
                uses.add(predicate.key());
                return FunctionKind.call(predicate, c);
            }
        }
        if (family.integral() || family == Family.NUMERIC) {
            if (gen.chance(50)) {
                return c + " > 0";
            }
            return KnownGaps.CHECKS_REPRINTED ? c + " BETWEEN 0 AND 100000 AND " + c + " <> 13"
                    : c + " BETWEEN 0 AND 100000";
        }
        if (family.textual()) {
            boolean inList = family == Family.TEXT || KnownGaps.CHECKS_REPRINTED;
            return gen.chance(50) || !inList ? "length(" + c + ") > 0"
                    : c + " IN ('r1', 'r2', 'r3', 'v1', 'v2', 'v3', 'd0', 'd1') OR " + c + " LIKE '%'";
        }
        if (family == Family.DATE || family == Family.TIMESTAMP) {
            return c + " > '2000-01-01'";
        }
        return c + " IS NOT NULL";
    }

    private static String render(Shape shape) {
        return "ALTER TABLE " + shape.table + " ADD CONSTRAINT " + Sql.id(shape.name) + " " + shape.body
                + (shape.notValid ? " NOT VALID" : "") + ";";
    }
}
