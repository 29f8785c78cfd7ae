package dev.converge.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.converge.fuzz.ColType.Family;

/**
 * Plain tables: an {@code id} key (integer or bigint, sometimes an identity) and columns of every available type,
 * with literal, sequence and function defaults, NOT NULL, identity and stored generated columns, storage and
 * table options. The second version adds, drops and alters columns (castable type changes only), adds and drops
 * tables.
 */
final class TableKind implements KindGenerator {

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        for (int i = gen.between(2, 5); i > 0; i--) {
            add(schema, gen);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (FuzzTable table : schema.ownTables()) {
            int edits = gen.chance(50) ? gen.between(1, 3) : 0;
            for (int i = 0; i < edits && schema.pieces.contains(table); i++) {
                edit(schema, table, gen);
            }
        }
        if (gen.chance(30)) {
            add(schema, gen);
        }
    }

    private static void edit(FuzzSchema schema, FuzzTable table, Gen gen) {
        List<FuzzColumn> columns = table.ordinaryColumns();
        switch (gen.pick(10)) {
            case 0 -> {
                if (table.partitionOf == null && gen.chance(40)) {
                    schema.drop(table.key());
                }
            }
            case 1, 2 -> {
                FuzzColumn added = newColumn(schema, table, gen, true);
                table.columns.add(added);
                schema.fresh.add(table.columnKey(added.name()));
            }
            case 3 -> {
                if (!columns.isEmpty()) {
                    schema.drop(table.columnKey(gen.one(columns).name()));
                }
            }
            case 4, 5 -> {
                if (!columns.isEmpty()) {
                    retype(schema, table, gen.one(columns), gen);
                }
            }
            case 6 -> {
                if (!columns.isEmpty()) {
                    FuzzColumn column = gen.one(columns);
                    if (column.generated() == null && column.identity() == null) {
                        FuzzColumn changed = withSomeDefault(schema, table, column, gen);
                        // A column this version adds NOT NULL needs its default to fill the existing rows.
                        boolean fresh = schema.fresh.contains(table.columnKey(column.name()));
                        if (changed.defaultExpr() != null || !column.notNull() || !fresh) {
                            table.replace(changed);
                        }
                    }
                }
            }
            case 7 -> {
                if (!columns.isEmpty()) {
                    FuzzColumn column = gen.one(columns);
                    if (schema.fresh.contains(table.columnKey(column.name()))) {
                        return;
                    }
                    if (column.identity() == null) {
                        table.replace(column.withNotNull(!column.notNull()));
                    } else {
                        table.replace(gen.chance(50) ? column.withIdentity(null).withNotNull(true)
                                : column.withIdentity(column.identity().equals("ALWAYS") ? "BY DEFAULT" : "ALWAYS"));
                    }
                }
            }
            case 8 -> {
                List<FuzzColumn> textual = columns.stream().filter(c -> c.type().family().textual()
                        || c.type().family() == Family.JSONB).toList();
                if (KnownGaps.COLUMN_STORAGE && !textual.isEmpty()) {
                    FuzzColumn column = gen.one(textual);
                    table.replace(column.withStorage(gen.one(java.util.Arrays.asList(null, "MAIN", "EXTERNAL",
                            "EXTENDED"))));
                }
            }
            default -> {
                if (table.partitionBy == null) {
                    table.options = options(gen);
                }
            }
        }
    }

    /** A castable type change; what depends on the old type ({@code type:} keys) goes, the default is redone. */
    private static void retype(FuzzSchema schema, FuzzTable table, FuzzColumn column, Gen gen) {
        Optional<ColType> target = Types.castableFrom(column.type(), gen);
        if (target.isEmpty() || column.identity() != null) {
            return;
        }
        String typeKey = "type:" + table.columnKey(column.name());
        if (!KnownGaps.RETYPE_UNDER_DROPPED_INDEX
                && schema.ofKind("index").stream().anyMatch(p -> p.uses().contains(typeKey))) {
            return;
        }
        schema.drop(typeKey);
        Optional<FuzzColumn> current = table.column(column.name());
        if (current.isEmpty()) {
            return;
        }
        FuzzColumn changed = current.get().withType(target.get());
        if (changed.defaultExpr() != null) {
            String literal = target.get().literalDefault(gen.pick(3));
            changed = changed.withDefault(literal, Set.of());
        }
        table.replace(changed);
    }

    static void add(FuzzSchema schema, Gen gen) {
        FuzzTable table = new FuzzTable(SchemaKind.any(schema, gen), schema.name("items", gen));
        fill(schema, table, gen);
        if (gen.chance(30)) {
            table.options = options(gen);
        }
        table.unlogged = gen.chance(5);
        schema.add(table);
    }

    /** The key and the ordinary columns of a new plain or partitioned table (not yet in the schema). */
    static void fill(FuzzSchema schema, FuzzTable table, Gen gen) {
        FuzzColumn id = FuzzColumn.of("id", ColType.builtin(gen.chance(70) ? "integer" : "bigint",
                Family.INT)).withNotNull(true);
        table.columns.add(gen.chance(25) ? id.withIdentity("BY DEFAULT") : id);
        int position = schema.pieces.size();
        for (int i = gen.between(1, 5); i > 0; i--) {
            table.columns.add(newColumn(schema, table, gen, false, position));
        }
    }

    private static FuzzColumn newColumn(FuzzSchema schema, FuzzTable table, Gen gen, boolean added) {
        return newColumn(schema, table, gen, added, schema.position(table.key()));
    }

    /**
     * A column with a type, default and nullability that seeded rows (and a later ADD COLUMN on a table with rows)
     * accept; {@code position} bounds what it may use to pieces created before its table.
     */
    private static FuzzColumn newColumn(FuzzSchema schema, FuzzTable table, Gen gen, boolean added, int position) {
        String name = schema.name(gen.one(List.of("qty", "label", "note", "code", "amount", "flag", "at")), gen);
        ColType type = gen.one(Types.available(schema, position));
        FuzzColumn column = FuzzColumn.of(name, type);
        int kind = gen.pick(12);
        if (kind == 0 && type.family() == Family.INT) {
            List<FuzzColumn> bases = table.ordinaryColumns().stream()
                    .filter(c -> c.type().family() == Family.INT && c.generated() == null).toList();
            if (!bases.isEmpty()) {
                String base = gen.one(bases).name();
                FuzzColumn generated = column.withGenerated(Sql.id(base) + " * 2");
                return new FuzzColumn(generated.name(), generated.type(), null, false, null, generated.generated(),
                        null, Set.of(table.columnKey(base), "type:" + table.columnKey(base)));
            }
        }
        if (kind == 1 && !added) {
            return FuzzColumn.of(name, ColType.builtin("bigint", Family.BIGINT)).withIdentity(
                    gen.chance(50) ? "ALWAYS" : "BY DEFAULT");
        }
        if (kind <= 5 || added) {
            column = withSomeDefault(schema, table, column, gen, position);
            if (column.defaultExpr() != null && gen.chance(50)) {
                column = column.withNotNull(true);
            }
            return column;
        }
        return column.withNotNull(gen.chance(30));
    }

    private static FuzzColumn withSomeDefault(FuzzSchema schema, FuzzTable table, FuzzColumn column, Gen gen) {
        return withSomeDefault(schema, table, column, gen, schema.position(table.key()));
    }

    private static FuzzColumn withSomeDefault(FuzzSchema schema, FuzzTable table, FuzzColumn column, Gen gen,
                                              int position) {
        Family family = column.type().family();
        if (family.integral() && gen.chance(40)) {
            List<SimplePiece> sequences = schema.ofKind("sequence").stream()
                    .filter(s -> schema.position(s.key()) < position).toList();
            List<SimplePiece> functions = FunctionKind.usable(schema, FunctionKind.Role.VALUE, position);
            if (!sequences.isEmpty() && gen.chance(50)) {
                SimplePiece sequence = gen.one(sequences);
                return column.withDefault(SequenceKind.nextval(sequence), Set.of(sequence.key()));
            }
            if (!functions.isEmpty() && family != Family.SMALLINT) {
                SimplePiece function = gen.one(functions);
                return column.withDefault(FunctionKind.call(function, ""), Set.of(function.key()));
            }
        }
        String literal = column.type().literalDefault(gen.pick(3));
        return column.withDefault(gen.chance(15) ? null : literal, Set.of());
    }

    private static String options(Gen gen) {
        return switch (gen.pick(4)) {
            case 0 -> "fillfactor=" + gen.between(50, 95);
            case 1 -> "autovacuum_enabled=false";
            case 2 -> "fillfactor=" + gen.between(50, 95) + ", autovacuum_vacuum_scale_factor=0.05";
            default -> null;
        };
    }
}
