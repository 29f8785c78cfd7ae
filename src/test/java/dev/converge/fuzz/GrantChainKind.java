package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Privileges passed on down chains of two or three roles: the owner grants the top role a privilege WITH GRANT
 * OPTION, the top role grants it to the next ({@code SET ROLE}), WITH GRANT OPTION where the chain goes on, and so
 * on to the end. The second version drops the end's privilege (the owner's REVOKE does not reach it: the plan cuts
 * the chain at its top), takes a middle role's grant option while the end keeps the privilege from the top role,
 * lengthens a chain, drops a chain; and adds some. The roles are the run's three, in any order. A later kind
 * ({@link SchemaPairGenerator#LATER_KINDS}).
 */
final class GrantChainKind implements KindGenerator {

    /**
     * One chain: what it passes on, the schemas whose USAGE its roles need to name the object, the run's three roles
     * in chain order (the top first), how many of them the chain reaches, whether the end still holds the privilege,
     * and the role (by position, or -1 for none) that lost its grant option, so the top role passes on past it.
     */
    record Shape(GrantKind.Target target, List<String> schemas, List<String> roles, int length, boolean endHolds,
            int cut) {

        Shape with(int newLength, boolean newEndHolds, int newCut) {
            return new Shape(target, schemas, roles, newLength, newEndHolds, newCut);
        }
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, GrantChainKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        KindSteps.changeSome("grant chain", 50, schema, gen, GrantChainKind::changed, GrantChainKind::create);
        if (gen.chance(30)) {
            add(schema, gen);
        }
    }

    /** Drops the chain, the end's privilege, a middle role's grant option; lengthens, shortens or mends it. */
    private static Shape changed(Shape shape, Gen gen) {
        return switch (gen.pick(5)) {
            case 0 -> null;
            case 1 -> shape.with(shape.length(), false, -1);
            case 2 -> shape.length() == 3 ? shape.with(3, true, 1) : shape.with(3, true, -1);
            case 3 -> shape.with(2, true, -1);
            default -> shape.with(shape.length(), true, -1);
        };
    }

    private static void add(FuzzSchema schema, Gen gen) {
        if (schema.chainEnd == null) {
            return;
        }
        List<GrantKind.Target> targets = GrantKind.targets(schema).stream()
                .filter(t -> schema.position(key(t)) < 0).toList();
        if (targets.isEmpty()) {
            return;
        }
        GrantKind.Target target = gen.one(targets);
        if (target.privilege().equals("SELECT, INSERT")) {
            target = new GrantKind.Target(target.grantOn(), gen.chance(50) ? "SELECT" : "INSERT", target.key());
        }
        if (schema.position(key(target)) >= 0) {
            return;
        }
        List<String> roles = new ArrayList<>(List.of(schema.roles.get(0), schema.roles.get(1), schema.chainEnd));
        List<String> order = new ArrayList<>();
        while (!roles.isEmpty()) {
            order.add(roles.remove(gen.pick(roles.size())));
        }
        Shape shape = new Shape(target, List.copyOf(schema.schemas), order, gen.chance(30) ? 2 : 3, true, -1);
        schema.add(new SimplePiece(key(target), "grant chain", target.key() == null ? Set.of() : Set.of(target.key()),
                create(shape), null, shape));
    }

    private static String key(GrantKind.Target target) {
        return "chain:" + target.grantOn() + " " + target.privilege();
    }

    /**
     * The chain's grants: the roles that grant get USAGE on every schema (plainly, from the owner: they name the
     * object when they grant), then each role of the chain grants to the next.
     */
    private static String create(Shape shape) {
        GrantKind.Target target = shape.target();
        List<String> roles = shape.roles();
        String on = " ON " + target.grantOn() + " TO ";
        StringBuilder sql = new StringBuilder();
        sql.append("GRANT USAGE ON SCHEMA ").append(String.join(", ", shape.schemas().stream().map(Sql::id).toList()))
                .append(" TO ").append(String.join(", ", roles.subList(0, shape.length() - 1).stream()
                        .map(Sql::id).toList())).append(";\n");
        sql.append("GRANT ").append(target.privilege()).append(on).append(Sql.id(roles.get(0)))
                .append(" WITH GRANT OPTION;\n");
        for (int i = 1; i < shape.length(); i++) {
            boolean end = i == shape.length() - 1;
            if (end && !shape.endHolds()) {
                continue;
            }
            String grantor = roles.get(shape.cut() >= 1 && i > shape.cut() ? 0 : i - 1);
            sql.append("SET ROLE ").append(Sql.id(grantor)).append(";\nGRANT ").append(target.privilege()).append(on)
                    .append(Sql.id(roles.get(i))).append(end || i == shape.cut() ? ";\n" : " WITH GRANT OPTION;\n");
        }
        return sql.append("RESET ROLE;\n").toString();
    }
}
