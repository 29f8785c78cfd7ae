package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Row-level security: policies for the run's roles or PUBLIC, some using a generated predicate function; the second
 * version changes a policy's expression, adds and drops policies.
 */
final class PolicyKind implements KindGenerator {

    record Shape(String name, String table, String command, String role, String using) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, PolicyKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("policy")) {
            Shape shape = (Shape) piece.detail();
            if (gen.chance(30)) {
                Shape changed = new Shape(shape.name, shape.table, shape.command, shape.role,
                        shape.using.equals("true") ? idPredicate() : "true");
                schema.replace(piece, new SimplePiece(piece.key(), "policy", piece.uses().stream()
                        .filter(u -> !u.startsWith("f:")).collect(java.util.stream.Collectors.toSet()),
                        create(changed), piece.address(), changed));
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> tables = schema.ownTables();
        if (tables.isEmpty()) {
            return;
        }
        FuzzTable table = gen.one(tables);
        Set<String> uses = new LinkedHashSet<>(List.of(table.key(), table.columnKey("id")));
        String using = idPredicate();
        List<SimplePiece> predicates = FunctionKind.usable(schema, FunctionKind.Role.PREDICATE, schema.pieces.size());
        // A child of table inheritance has its id from its parent: no predicate on a type it does not list.
        boolean integerKey = table.column("id").map(c -> c.type().sql().equals("integer")).orElse(false);
        if (integerKey && !predicates.isEmpty() && gen.chance(50)) {
            SimplePiece predicate = gen.one(predicates);
            uses.add(predicate.key());
            using = FunctionKind.call(predicate, "id");
        }
        String name = schema.name("see_own", gen);
        Shape shape = new Shape(name, table.qualified(), gen.one(List.of("ALL", "SELECT", "UPDATE")),
                gen.chance(50) ? "PUBLIC" : Sql.id(gen.one(schema.roles)), using);
        schema.add(new SimplePiece("p:" + table.key() + "." + name, "policy", uses, create(shape),
                new SimplePiece.Address("POLICY " + Sql.id(name) + " ON " + table.qualified(), null, null), shape));
    }

    /** An AND chain with a BETWEEN in it prints differently once its print is parsed again (issue 13). */
    private static String idPredicate() {
        return KnownGaps.EXPRESSIONS_REPRINTED ? "id BETWEEN 1 AND 100000 AND id <> 13" : "id > 0";
    }

    private static String create(Shape shape) {
        return "ALTER TABLE " + shape.table + " ENABLE ROW LEVEL SECURITY;\nCREATE POLICY " + Sql.id(shape.name)
                + " ON " + shape.table + " FOR " + shape.command + " TO " + shape.role + " USING (" + shape.using
                + ");";
    }
}
