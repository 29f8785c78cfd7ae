package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Procedures: PL/pgSQL with an INOUT argument and a default, quoted SQL, and SQL-standard bodies
 * ({@code BEGIN ATOMIC ... END}, several statements) that read and update a table, some commented and granted. The
 * second version changes bodies (a SQL-standard one is dropped and created again), drops and adds; a table or column
 * a SQL-standard body uses takes the procedure along. A later kind ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class ProcedureKind implements KindGenerator {

    /** A procedure: name, language variant (0 PL/pgSQL, 1 SQL, 2 BEGIN ATOMIC), body variant and table it uses. */
    record Shape(String name, int language, int variant, String table) {

        String signature() {
            return name + (language == 0 ? "(integer, text)" : "(integer)");
        }
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, ProcedureKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("procedure", 40, schema, gen, ProcedureKind::changed, ProcedureKind::create);
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** Another body; null drops the procedure. */
    private static Shape changed(Shape shape, Gen gen) {
        return gen.chance(25) ? null : new Shape(shape.name, shape.language, shape.variant + 1, shape.table);
    }

    private static void add(FuzzSchema schema, Gen gen) {
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name("do_work", gen));
        List<FuzzTable> tables = schema.ownTables();
        int language = gen.pick(3);
        FuzzTable table = language == 2 && !tables.isEmpty() ? gen.one(tables) : null;
        if (language == 2 && table == null) {
            language = 1;
        }
        Shape shape = new Shape(name, language, gen.pick(2), table == null ? null : table.qualified());
        Set<String> uses = new LinkedHashSet<>();
        if (table != null) {
            uses.add(table.key());
            uses.add(table.columnKey("id"));
        }
        String key = "proc:" + shape.signature();
        schema.add(new SimplePiece(key, "procedure", uses, create(shape),
                new SimplePiece.Address("PROCEDURE " + shape.signature(), null, null), shape));
        if (gen.chance(30)) {
            schema.add(new SimplePiece("comment:" + key, "procedure extra", Set.of(key), "COMMENT ON PROCEDURE "
                    + shape.signature() + " IS " + Sql.literal(gen.one(List.of("does work", "it's a 'call'"))) + ";"));
        }
        if (gen.chance(30)) {
            schema.add(new SimplePiece("grant:" + key, "procedure extra", Set.of(key), "REVOKE EXECUTE ON PROCEDURE "
                    + shape.signature() + " FROM PUBLIC;\nGRANT EXECUTE ON PROCEDURE " + shape.signature() + " TO "
                    + Sql.id(gen.one(schema.roles)) + ";"));
        }
    }

    private static String create(Shape shape) {
        boolean other = shape.variant % 2 == 1;
        return switch (shape.language) {
            case 0 -> "CREATE PROCEDURE " + shape.name + "(n integer, INOUT note text DEFAULT "
                    + (other ? "'none'" : "NULL") + ") LANGUAGE plpgsql AS $$\nBEGIN\n    note := coalesce(note, '') || "
                    + (other ? "repeat('x', n)" : "n::text") + ";\nEND\n$$;";
            case 1 -> "CREATE PROCEDURE " + shape.name + "(n integer) LANGUAGE sql AS $$ SELECT "
                    + (other ? "n * 2" : "n + 1") + "; $$;";
            default -> "CREATE PROCEDURE " + shape.name + "(n integer) LANGUAGE sql\nBEGIN ATOMIC\n    UPDATE "
                    + shape.table + " SET id = id WHERE id = n;\n    SELECT count(*) FROM " + shape.table
                    + (other ? " WHERE id > n;" : ";") + "\nEND;";
        };
    }
}
