package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Users of a table's row type, which must be created after the table (issue 13, item 1): a function taking the row,
 * a function returning a set of rows, a composite type with a row attribute, a domain over the row type. The second
 * version changes a function's body, adds and drops users.
 */
final class RowTypeKind implements KindGenerator {

    record Shape(String name, String tableKey, String table, int form, int variant) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, RowTypeKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("rowtype")) {
            Shape shape = (Shape) piece.detail();
            if (shape.form == 0 && gen.chance(40)) {
                Shape changed = new Shape(shape.name, shape.tableKey, shape.table, shape.form, shape.variant + 1);
                schema.replace(piece, piece.withSql(create(changed), changed));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(20)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.ownTables();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        Shape shape = new Shape(Sql.qualified(SchemaKind.any(schema, gen), schema.name("row_of", gen)), table.key(),
                table.qualified(), gen.pick(4), gen.pick(2));
        String key = "r:" + shape.name;
        SimplePiece.Address address = switch (shape.form) {
            case 0 -> new SimplePiece.Address("FUNCTION " + shape.name + "(" + shape.table + ")",
                    "FUNCTION " + shape.name + "(" + shape.table + ")", "EXECUTE");
            case 1 -> new SimplePiece.Address("FUNCTION " + shape.name + "()", "FUNCTION " + shape.name + "()",
                    "EXECUTE");
            case 2 -> new SimplePiece.Address("TYPE " + shape.name, "TYPE " + shape.name, "USAGE");
            default -> new SimplePiece.Address("DOMAIN " + shape.name, "DOMAIN " + shape.name, "USAGE");
        };
        schema.add(new SimplePiece(key, "rowtype", Set.of(table.key(), table.columnKey("id")), create(shape),
                address, shape));
    }

    private static String create(Shape shape) {
        return switch (shape.form) {
            case 0 -> "CREATE FUNCTION " + shape.name + "(r " + shape.table + ") RETURNS integer LANGUAGE sql "
                    + "IMMUTABLE AS $$ SELECT (r).id + " + shape.variant + " $$;";
            case 1 -> "CREATE FUNCTION " + shape.name + "() RETURNS SETOF " + shape.table + " LANGUAGE sql STABLE "
                    + "AS $$ SELECT * FROM " + shape.table + " $$;";
            case 2 -> "CREATE TYPE " + shape.name + " AS (item " + shape.table + ", note text);";
            default -> "CREATE DOMAIN " + shape.name + " AS " + shape.table + ";";
        };
    }
}
