package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Table inheritance: children ({@code INHERITS}) of plain tables with columns of their own, inheriting the
 * parent's columns, defaults, NOT NULL and checks. A child is a table to the later kinds (its own columns get
 * constraints, indexes, views); the parent's column changes reach it through PostgreSQL. The second version adds
 * children and detaches some ({@code NO INHERIT}: the child keeps the inherited columns as its own); TableKind's
 * drops take children along with their parent.
 */
final class InheritanceKind implements KindGenerator {

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        KindSteps.addUpTo(2, schema, gen, InheritanceKind::add);
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (FuzzTable child : schema.tables().filter(t -> t.inherits != null).toList()) {
            if (gen.chance(20) && (KnownGaps.DETACH_WITH_PARENT_CHECK_DROPPED || !hasChecks(schema, child.inherits))) {
                detach(schema, child);
            }
        }
        if (gen.chance(25)) {
            add(schema, gen);
        }
    }

    /** The columns {@code table} has from its parent, as a child has them: without identity (not inherited). */
    static List<FuzzColumn> inherited(FuzzSchema schema, FuzzTable table) {
        if (table.inherits == null) {
            return List.of();
        }
        return schema.table(table.inherits).columns.stream()
                .map(c -> c.identity() == null ? c : c.withIdentity(null).withNotNull(true)).toList();
    }

    private static void add(FuzzSchema schema, Gen gen) {
        List<FuzzTable> parents = schema.ownTables().stream()
                .filter(t -> t.partitionBy == null && t.inherits == null).toList();
        if (parents.isEmpty()) {
            return;
        }
        FuzzTable parent = gen.one(parents);
        FuzzTable child = new FuzzTable(gen.chance(70) ? parent.schema : SchemaKind.any(schema, gen),
                schema.name(parent.name.replaceAll("[^a-z]", "") + "_kid", gen));
        child.inherits = parent.key();
        child.inheritsSql = parent.qualified();
        int position = schema.position(parent.key()) + 1;
        List<ColType> types = Types.available(schema, position);
        for (int i = gen.between(1, 3); i > 0; i--) {
            String name = schema.name(gen.one(List.of("extra", "kind", "since")), gen);
            ColType type = gen.one(types);
            FuzzColumn column = FuzzColumn.of(name, type);
            String literal = type.literalDefault(gen.pick(3));
            child.columns.add(literal != null && gen.chance(40) ? column.withDefault(literal, java.util.Set.of())
                    : column.withNotNull(gen.chance(20)));
        }
        schema.add(child);
    }

    private static boolean hasChecks(FuzzSchema schema, String tableKey) {
        return schema.ofKind("constraint").stream().anyMatch(p -> p.uses().contains(tableKey)
                && ((ConstraintKind.Shape) p.detail()).body().startsWith("CHECK"));
    }

    /**
     * {@code NO INHERIT}: the child keeps its parent's columns (and their defaults and NOT NULL) as its own and loses
     * the parent's checks. Columns the parent got in this version hold no seeded values in the child either.
     */
    private static void detach(FuzzSchema schema, FuzzTable child) {
        FuzzTable parent = schema.table(child.inherits);
        List<FuzzColumn> columns = new ArrayList<>(inherited(schema, child));
        for (FuzzColumn column : columns) {
            if (schema.fresh.contains(parent.columnKey(column.name()))) {
                schema.fresh.add(child.columnKey(column.name()));
            }
        }
        columns.addAll(child.columns);
        child.columns.clear();
        child.columns.addAll(columns);
        child.inherits = null;
        child.inheritsSql = null;
    }
}
