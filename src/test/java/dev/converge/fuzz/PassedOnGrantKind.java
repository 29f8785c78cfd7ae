package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Privileges passed on: the run's first role holds a privilege WITH GRANT OPTION and grants it to the second role
 * itself ({@code SET ROLE}), sometimes WITH GRANT OPTION, so PostgreSQL records the first role as the grantor. The
 * second version drops some entirely, drops only what was passed on (the first role keeps its grant option), or
 * takes the first role's grant option while the second role keeps the privilege from the owner; and adds some.
 * The owner's REVOKE does not reach what another role granted, and a grant option others depend on is revoked only
 * with CASCADE: the plan has to do both (docs/privileges.md).
 *
 * <p>A later kind ({@link SchemaPairGenerator#LATER_KINDS}): recorded seeds keep their pairs.
 */
final class PassedOnGrantKind implements KindGenerator {

    /** One privilege passed on: what it is on, and whether the second role may pass it on in turn. */
    record Shape(GrantKind.Target target, boolean onward) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, PassedOnGrantKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("passed-on grant")) {
            if (!schema.pieces.contains(piece) || !gen.chance(50)) {
                continue;
            }
            Shape shape = (Shape) piece.detail();
            switch (gen.pick(3)) {
                case 0 -> schema.drop(piece.key());
                case 1 -> schema.replace(piece, piece.withSql(holder(schema, shape.target(), true), shape));
                default -> schema.replace(piece, piece.withSql(holder(schema, shape.target(), false)
                        + "\nGRANT " + shape.target().privilege() + " ON " + shape.target().grantOn() + " TO "
                        + Sql.id(schema.roles.get(1)) + ";", shape));
            }
        }
        if (gen.chance(30)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<GrantKind.Target> targets = GrantKind.targets(schema);
        if (targets.isEmpty()) {
            return;
        }
        Shape shape = new Shape(gen.one(targets), gen.chance(30));
        String key = "passed:" + shape.target().grantOn() + " " + shape.target().privilege();
        if (schema.position(key) >= 0) {
            return;
        }
        String sql = holder(schema, shape.target(), true) + "\nSET ROLE " + Sql.id(schema.roles.get(0)) + ";\nGRANT "
                + shape.target().privilege() + " ON " + shape.target().grantOn() + " TO "
                + Sql.id(schema.roles.get(1)) + (shape.onward() ? " WITH GRANT OPTION" : "") + ";\nRESET ROLE;";
        schema.add(new SimplePiece(key, "passed-on grant",
                shape.target().key() == null ? Set.of() : Set.of(shape.target().key()), sql, null, shape));
    }

    /**
     * The first role's privilege, with or without its grant option, and USAGE on every schema, which it needs to
     * name the object when it grants.
     */
    private static String holder(FuzzSchema schema, GrantKind.Target target, boolean grantOption) {
        String schemas = String.join(", ", schema.schemas.stream().map(Sql::id).toList());
        String role = Sql.id(schema.roles.get(0));
        return "GRANT USAGE ON SCHEMA " + schemas + " TO " + role + ";\nGRANT " + target.privilege() + " ON "
                + target.grantOn() + " TO " + role + (grantOption ? " WITH GRANT OPTION;" : ";");
    }
}
