package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Privileges for the run's roles: on schemas, tables (whole and per column), views, sequences, functions and
 * types, a revoke from PUBLIC, and default privileges for objects a role creates. The second version drops and adds
 * grants.
 */
final class GrantKind implements KindGenerator {

    /** What a privilege is granted on, the privilege, and the key of the piece it is on (null for a schema). */
    record Target(String grantOn, String privilege, String key) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        List<Target> targets = targets(schema);
        for (int i = Math.min(targets.size(), gen.between(0, 5)); i > 0; i--) {
            add(schema, gen, gen.one(targets));
        }
        if (gen.chance(40)) {
            defaultPrivilege(schema, gen);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("grant")) {
            if (gen.chance(20)) {
                schema.drop(piece.key());
            }
        }
        List<Target> targets = targets(schema);
        if (!targets.isEmpty() && gen.chance(50)) {
            add(schema, gen, gen.one(targets));
        }
        if (gen.chance(20)) {
            defaultPrivilege(schema, gen);
        }
    }

    static List<Target> targets(FuzzSchema schema) {
        List<Target> targets = new ArrayList<>();
        schema.schemas.forEach(s -> targets.add(new Target("SCHEMA " + Sql.id(s), "USAGE", null)));
        schema.tables().forEach(t -> {
            targets.add(new Target("TABLE " + t.qualified(), "SELECT, INSERT", t.key()));
            t.ordinaryColumns().forEach(c -> targets.add(new Target("TABLE " + t.qualified(),
                    "UPDATE (" + Sql.id(c.name()) + ")", t.columnKey(c.name()))));
        });
        for (Piece piece : schema.pieces) {
            if (piece instanceof SimplePiece simple && simple.address() != null
                    && simple.address().grantOn() != null) {
                targets.add(new Target(simple.address().grantOn(), simple.address().privilege(), simple.key()));
            }
        }
        return targets;
    }

    private static void add(FuzzSchema schema, Gen gen, Target target) {
        String role = Sql.id(gen.one(schema.roles));
        String sql = target.grantOn.startsWith("FUNCTION") && gen.chance(30)
                ? "REVOKE " + target.privilege + " ON " + target.grantOn + " FROM PUBLIC;"
                : "GRANT " + target.privilege + " ON " + target.grantOn + " TO " + role
                        + (gen.chance(20) ? " WITH GRANT OPTION;" : ";");
        String key = "a:" + sql;
        if (schema.position(key) >= 0) {
            return;
        }
        schema.add(new SimplePiece(key, "grant", target.key == null ? Set.of() : Set.of(target.key), sql));
    }

    /** Default privileges for what the run's first role creates, so objects created here do not pick them up. */
    private static void defaultPrivilege(FuzzSchema schema, Gen gen) {
        String sql = "ALTER DEFAULT PRIVILEGES FOR ROLE " + Sql.id(schema.roles.get(0)) + " IN SCHEMA "
                + Sql.id(SchemaKind.any(schema, gen)) + " GRANT " + gen.one(List.of("SELECT ON TABLES",
                "USAGE ON SEQUENCES", "EXECUTE ON FUNCTIONS", "USAGE ON TYPES")) + " TO "
                + Sql.id(schema.roles.get(1)) + ";";
        String key = "a:" + sql;
        if (schema.position(key) < 0) {
            schema.add(new SimplePiece(key, "grant", Set.of(), sql));
        }
    }
}
