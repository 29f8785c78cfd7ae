package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Views and materialized views over tables and over other views (views on views), some filtered, some with options,
 * materialized ones sometimes with a unique index. The second version redefines (other columns, other filter), adds
 * and drops them; whatever used a column a view no longer has goes with it.
 */
final class ViewKind implements KindGenerator {

    /** A view's definition: its source (a table or view key), the columns it selects and its filter column. */
    record Shape(String name, String sourceKey, String source, List<String> columns, String filter,
                 boolean materialized, String options) {
    }

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(4, schema, gen, ViewKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (SimplePiece piece : schema.ofKind("view")) {
            if (!schema.pieces.contains(piece)) {
                continue;
            }
            Shape shape = (Shape) piece.detail();
            if (gen.chance(30)) {
                Shape changed = shape(schema, gen, shape.name, shape.sourceKey, shape.materialized);
                if (changed == null) {
                    continue;
                }
                schema.replace(piece, new SimplePiece(piece.key(), "view", uses(changed), create(changed),
                        piece.address(), changed));
                for (String column : shape.columns) {
                    if (!changed.columns.contains(column)) {
                        schema.drop(piece.key() + "/" + column);
                    }
                }
            } else if (gen.chance(10)) {
                schema.drop(piece.key());
            }
        }
        if (gen.chance(30)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<String> sources = new ArrayList<>();
        schema.ownTables().forEach(t -> sources.add(t.key()));
        schema.ofKind("view").forEach(v -> sources.add(v.key()));
        if (sources.isEmpty()) {
            return;
        }
        boolean materialized = gen.chance(25);
        String name = Sql.qualified(SchemaKind.any(schema, gen), schema.name(materialized ? "summary" : "recent",
                gen));
        Shape shape = shape(schema, gen, name, gen.one(sources), materialized);
        if (shape == null) {
            return;
        }
        String key = "v:" + name;
        String kind = materialized ? "MATERIALIZED VIEW " : "VIEW ";
        schema.add(new SimplePiece(key, "view", uses(shape), create(shape),
                new SimplePiece.Address(kind + name, "TABLE " + name, "SELECT"), shape));
        if (materialized && shape.columns.contains("id") && !overChildren(schema, shape.sourceKey)
                && gen.chance(60)) {
            String index = schema.name("summary_idx", gen);
            schema.add(new SimplePiece("i:" + index + name, "mvindex", Set.of(key, key + "/id"),
                    "CREATE UNIQUE INDEX " + Sql.id(index) + " ON " + name + " (id);",
                    new SimplePiece.Address("INDEX " + name.substring(0, name.lastIndexOf('.') + 1) + Sql.id(index),
                            null, null), null));
        }
    }

    /**
     * Whether rows of the source come from a parent of table inheritance too: children are seeded with the same ids,
     * so a unique index on {@code id} would not build.
     */
    private static boolean overChildren(FuzzSchema schema, String sourceKey) {
        if (sourceKey.startsWith("t:")) {
            return schema.tables().anyMatch(t -> sourceKey.equals(t.inherits));
        }
        return schema.ofKind("view").stream().filter(v -> v.key().equals(sourceKey)).findFirst()
                .map(v -> overChildren(schema, ((Shape) v.detail()).sourceKey)).orElse(false);
    }

    /** A definition over {@code sourceKey} as the schema has it now, or null when the source is gone. */
    private static Shape shape(FuzzSchema schema, Gen gen, String name, String sourceKey, boolean materialized) {
        List<String> available;
        String source;
        if (sourceKey.startsWith("t:")) {
            if (schema.tables().noneMatch(t -> t.key().equals(sourceKey))) {
                return null;
            }
            FuzzTable table = schema.table(sourceKey);
            available = table.columns.stream().map(FuzzColumn::name).toList();
            source = table.qualified();
        } else {
            SimplePiece view = schema.ofKind("view").stream().filter(v -> v.key().equals(sourceKey)).findFirst()
                    .orElse(null);
            if (view == null) {
                return null;
            }
            available = ((Shape) view.detail()).columns;
            source = ((Shape) view.detail()).name;
        }
        if (available.isEmpty()) {
            return null; // a child of table inheritance whose own columns were all dropped
        }
        List<String> columns = new ArrayList<>();
        for (String column : available) {
            if (column.equals("id") || gen.chance(50)) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            columns.add(available.get(0));
        }
        String filter = columns.contains("id") && gen.chance(40) ? "id" : null;
        String options = !materialized && gen.chance(20) ? gen.one(List.of("security_barrier=true",
                "security_invoker=true")) : null;
        return new Shape(name, sourceKey, source, columns, filter, materialized, options);
    }

    private static Set<String> uses(Shape shape) {
        Set<String> uses = new LinkedHashSet<>();
        uses.add(shape.sourceKey);
        shape.columns.forEach(c -> uses.add(shape.sourceKey + "/" + c));
        return uses;
    }

    private static String create(Shape shape) {
        StringBuilder sql = new StringBuilder("CREATE ").append(shape.materialized ? "MATERIALIZED VIEW " : "VIEW ")
                .append(shape.name);
        if (shape.options != null) {
            sql.append(" WITH (").append(shape.options).append(')');
        }
        sql.append(" AS SELECT ").append(String.join(", ", shape.columns.stream().map(c -> "s." + Sql.id(c))
                .toList())).append(" FROM ").append(shape.source).append(" s");
        if (shape.filter != null) {
            // an IN list on varchar prints differently once its print is parsed again (issue 13)
            sql.append(KnownGaps.EXPRESSIONS_REPRINTED ? " WHERE s.id > 0 OR s.id::varchar IN ('-1', '-2')"
                    : " WHERE s.id > 0");
        }
        return sql.append(';').toString();
    }
}
