package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrite rules ({@code CREATE RULE}) on plain tables, children and views: conditional {@code DO INSTEAD NOTHING}
 * on DELETE and INSERT, on UPDATE with a condition on a column, {@code DO INSTEAD NOTHING} on
 * a view. None fires for the seeded rows (they are inserted before the rules exist). The second version redefines
 * rules under the same name, adds and drops them; a view's re-creation or a column's drop takes its rules along.
 */
final class RuleKind implements KindGenerator {

    /** What a rule is on: the relation's key and SQL name. */
    record Shape(String name, String relationKey, String relation) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        for (int i = gen.between(0, 2); i > 0; i--) {
            add(schema, gen, null);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("rule")) {
            if (!schema.pieces.contains(piece) || !gen.chance(30)) {
                continue;
            }
            Shape shape = (Shape) piece.detail();
            schema.drop(piece.key());
            if (gen.chance(60) && schema.position(shape.relationKey) >= 0) {
                add(schema, gen, shape);
            }
        }
        if (gen.chance(20)) {
            add(schema, gen, null);
        }
    }

    /** A new rule, or one under {@code same}'s name on the same relation. */
    private static void add(FuzzSchema schema, Gen gen, Shape same) {
        List<FuzzTable> tables = schema.ownTables().stream().filter(t -> t.partitionBy == null).toList();
        List<SimplePiece> views = schema.ofKind("view").stream()
                .filter(v -> !((ViewKind.Shape) v.detail()).materialized()).toList();
        Set<String> uses = new LinkedHashSet<>();
        String body;
        Shape shape;
        boolean onView = same != null ? same.relationKey.startsWith("v:") : !views.isEmpty() && gen.chance(30);
        if (onView) {
            SimplePiece view = same != null ? view(views, same.relationKey) : gen.one(views);
            shape = same != null ? same : new Shape(schema.name("no_delete", gen), view.key(),
                    ((ViewKind.Shape) view.detail()).name());
            uses.add(view.key());
            body = gen.one(List.of("DELETE", "UPDATE")) + " TO " + shape.relation + " DO INSTEAD NOTHING";
        } else {
            if (tables.isEmpty()) {
                return;
            }
            FuzzTable table = same != null ? schema.table(same.relationKey) : gen.one(tables);
            shape = same != null ? same : new Shape(schema.name("guard", gen), table.key(), table.qualified());
            uses.add(table.key());
            body = tableRule(table, uses, gen);
        }
        String key = "rule:" + shape.relation + "." + shape.name;
        schema.add(new SimplePiece(key, "rule", uses, "CREATE RULE " + Sql.id(shape.name) + " AS ON " + body + ";",
                new SimplePiece.Address("RULE " + Sql.id(shape.name) + " ON " + shape.relation, null, null), shape));
    }

    private static SimplePiece view(List<SimplePiece> views, String key) {
        return views.stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
    }

    private static String tableRule(FuzzTable table, Set<String> uses, Gen gen) {
        List<FuzzColumn> columns = table.ordinaryColumns();
        int choice = gen.pick(3);
        if (choice == 0 && !columns.isEmpty()) {
            FuzzColumn column = gen.one(columns);
            uses.add(table.columnKey(column.name()));
            uses.add("type:" + table.columnKey(column.name()));
            // NOTIFY would be the natural ALSO action, but a rule with a WHERE condition cannot have one.
            return "UPDATE TO " + table.qualified() + " WHERE new." + Sql.id(column.name())
                    + " IS NULL DO INSTEAD NOTHING";
        }
        // an IN list on varchar prints differently once its print is parsed again (issue 13)
        String inList = KnownGaps.EXPRESSIONS_REPRINTED ? " AND new.id::varchar IN ('-1', '-2')" : "";
        return (choice == 1 ? "INSERT TO " + table.qualified() + " WHERE new.id < 0" + inList
                : "DELETE TO " + table.qualified() + " WHERE old.id < " + gen.between(-5, 0))
                + " DO INSTEAD NOTHING";
    }
}
