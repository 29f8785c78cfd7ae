package dev.converge.fuzz;

import java.util.List;
import java.util.Set;

/**
 * Partitioned tables (range or hash on {@code id}) with their partitions and indexes local to one partition; the
 * parent's own columns, constraints and indexes come from the other kinds, which treat it as a table. The second
 * version adds and drops range partitions (never the one holding the seeded rows) and local indexes.
 */
final class PartitionKind implements KindGenerator {

    @Override
    public void generate(FuzzSchema schema, Gen gen) {
        if (gen.chance(60)) {
            add(schema, gen);
        }
    }

    @Override
    public void mutate(FuzzSchema schema, Gen gen) {
        for (FuzzTable parent : schema.ownTables().stream().filter(t -> t.partitionBy != null).toList()) {
            List<FuzzTable> partitions = schema.tables().filter(t -> parent.key().equals(t.partitionOf)).toList();
            if (parent.partitionBy.startsWith("RANGE") && gen.chance(30)) {
                partition(schema, parent, "FOR VALUES FROM (" + (1000 * (partitions.size() + 1)) + ") TO ("
                        + (1000 * (partitions.size() + 2)) + ")", gen);
            }
            for (FuzzTable partition : partitions) {
                if (parent.partitionBy.startsWith("RANGE") && !partition.bound.contains("MINVALUE")
                        && gen.chance(20)) {
                    schema.drop(partition.key());
                } else if (gen.chance(25)) {
                    localIndex(schema, parent, partition, gen);
                }
            }
        }
        if (gen.chance(10)) {
            add(schema, gen);
        }
    }

    private static void add(FuzzSchema schema, Gen gen) {
        FuzzTable parent = new FuzzTable(SchemaKind.any(schema, gen), schema.name("events", gen));
        TableKind.fill(schema, parent, gen);
        parent.columns.replaceAll(c -> c.identity() == null ? c : c.withIdentity(null).withNotNull(true));
        boolean range = gen.chance(70);
        parent.partitionBy = range ? "RANGE (id)" : "HASH (id)";
        schema.add(parent);
        if (range) {
            partition(schema, parent, "FOR VALUES FROM (MINVALUE) TO (100)", gen);
            partition(schema, parent, gen.chance(50) ? "DEFAULT" : "FOR VALUES FROM (100) TO (1000)", gen);
        } else {
            partition(schema, parent, "FOR VALUES WITH (MODULUS 2, REMAINDER 0)", gen);
            partition(schema, parent, "FOR VALUES WITH (MODULUS 2, REMAINDER 1)", gen);
        }
    }

    private static void partition(FuzzSchema schema, FuzzTable parent, String bound, Gen gen) {
        FuzzTable partition = new FuzzTable(gen.chance(80) ? parent.schema : SchemaKind.any(schema, gen),
                schema.name(parent.name.replaceAll("[^a-z]", "") + "_p", gen));
        partition.partitionOf = parent.key();
        partition.partitionOfSql = parent.qualified();
        partition.bound = bound;
        schema.add(partition);
        if (gen.chance(30)) {
            localIndex(schema, parent, partition, gen);
        }
    }

    /** An index on one partition only, on a column the partition has from its parent. */
    private static void localIndex(FuzzSchema schema, FuzzTable parent, FuzzTable partition, Gen gen) {
        List<FuzzColumn> columns = parent.ordinaryColumns().stream().filter(c -> c.type().family().keyable())
                .toList();
        if (columns.isEmpty()) {
            return;
        }
        FuzzColumn column = gen.one(columns);
        String raw = schema.name("local_idx", gen);
        String name = Sql.qualified(partition.schema, raw);
        schema.add(new SimplePiece("i:" + name, "index",
                Set.of(partition.key(), parent.columnKey(column.name())),
                "CREATE INDEX " + Sql.id(raw) + " ON " + partition.qualified()
                        + " (" + Sql.id(column.name()) + ")"
                        // A predicate no parent index has, so that none attaches it (see KnownGaps).
                        + (KnownGaps.PARTITION_INDEX_ATTACHED_LATER ? "" : " WHERE id > 0") + ";",
                new SimplePiece.Address("INDEX " + name, null, null), null));
    }
}
