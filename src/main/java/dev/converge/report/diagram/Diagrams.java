package dev.converge.report.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.View;

/**
 * Builds the diagram of a catalog: every table with its columns (a partition is folded into its parent as a note,
 * so a table with 365 daily partitions stays one box), every view with its columns, a foreign-key edge per foreign
 * key whose both ends are drawn, and a dashed edge from each view to the tables and views it reads (from
 * PostgreSQL's dependencies, not from parsing the query).
 */
public final class Diagrams {

    private Diagrams() {
    }

    public static Diagram of(String title, Catalog catalog) {
        Map<QualifiedName, Integer> partitions = new TreeMap<>();
        for (Table table : catalog.tables()) {
            if (table.isPartition()) {
                partitions.merge(root(catalog, table), 1, Integer::sum);
            }
        }
        List<Diagram.Box> boxes = new ArrayList<>();
        Set<QualifiedName> drawn = new HashSet<>();
        for (Table table : catalog.tables()) {
            if (!table.isPartition()) {
                Integer count = partitions.get(table.name());
                boxes.add(box(table, Status.UNCHANGED, Map.of(), count == null ? null : "+ " + count
                        + " partition(s)"));
                drawn.add(table.name());
            }
        }
        for (View view : catalog.views()) {
            boxes.add(box(view, Status.UNCHANGED));
            drawn.add(view.name());
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Table table : catalog.tables()) {
            if (!table.isPartition()) {
                edges.addAll(foreignKeys(table, drawn, Status.UNCHANGED));
            }
        }
        edges.addAll(reads(catalog, drawn));
        return new Diagram(title, boxes, edges);
    }

    /** The table's box; {@code columnStatus} marks columns a plan adds, changes or drops (absent: unchanged). */
    public static Diagram.Box box(Table table, Status status, Map<String, Status> columnStatus, String note) {
        Set<String> primary = new HashSet<>();
        Set<String> foreign = new HashSet<>();
        Set<String> unique = new HashSet<>();
        for (Constraint constraint : table.constraints()) {
            Set<String> target = constraint.kind() == ConstraintKind.PRIMARY_KEY ? primary
                    : constraint.kind() == ConstraintKind.FOREIGN_KEY ? foreign
                    : constraint.kind() == ConstraintKind.UNIQUE && constraint.columns().size() == 1 ? unique : null;
            if (target != null) {
                target.addAll(constraint.columns());
            }
        }
        table.indexes().stream().filter(i -> i.unique() && i.predicate() == null && i.columns().size() == 1)
                .forEach(i -> unique.addAll(i.columns()));
        List<Diagram.Field> fields = new ArrayList<>();
        for (Column column : table.columns()) {
            fields.add(new Diagram.Field(column.name(), column.type(), primary.contains(column.name()),
                    foreign.contains(column.name()), unique.contains(column.name()), column.notNull(),
                    columnStatus.getOrDefault(column.name(), Status.UNCHANGED)));
        }
        return new Diagram.Box(table.name(), Diagram.Kind.TABLE, fields, status, note);
    }

    public static Diagram.Box box(View view, Status status) {
        List<Diagram.Field> fields = view.columns().stream().map(c -> new Diagram.Field(c.name(), c.type(), false,
                false, false, false, Status.UNCHANGED)).toList();
        return new Diagram.Box(view.name(), view.materialized() ? Diagram.Kind.MATERIALIZED_VIEW : Diagram.Kind.VIEW,
                fields, status, null);
    }

    /** The foreign keys of {@code table} whose referenced table is drawn. */
    public static List<Diagram.Edge> foreignKeys(Table table, Set<QualifiedName> drawn, Status status) {
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Constraint fk : table.foreignKeys()) {
            QualifiedName to = fk.foreignKey().referencedTable();
            if (drawn.contains(to)) {
                boolean optional = fk.columns().stream().anyMatch(c -> table.column(c).map(col -> !col.notNull())
                        .orElse(true));
                edges.add(new Diagram.Edge(table.name(), to, String.join(", ", fk.columns()), false, optional,
                        status));
            }
        }
        return edges;
    }

    /** A view (or materialized view) to each drawn relation it reads, once per pair. */
    public static List<Diagram.Edge> reads(Catalog catalog, Set<QualifiedName> drawn) {
        Set<List<QualifiedName>> pairs = new TreeSet<>((a, b) -> {
            int c = a.get(0).compareTo(b.get(0));
            return c != 0 ? c : a.get(1).compareTo(b.get(1));
        });
        for (Dependency dependency : catalog.dependencies()) {
            ObjectKind kind = dependency.dependent().kind();
            ObjectKind referenced = dependency.referenced().kind();
            if ((kind == ObjectKind.VIEW || kind == ObjectKind.MATERIALIZED_VIEW)
                    && (referenced == ObjectKind.TABLE || referenced == ObjectKind.COLUMN
                    || referenced == ObjectKind.VIEW || referenced == ObjectKind.MATERIALIZED_VIEW)) {
                QualifiedName from = dependency.dependent().name();
                QualifiedName to = dependency.referenced().name();
                if (!from.equals(to) && drawn.contains(from) && drawn.contains(to)) {
                    pairs.add(List.of(from, to));
                }
            }
        }
        return pairs.stream().map(p -> new Diagram.Edge(p.get(0), p.get(1), "reads", true, true,
                Status.UNCHANGED)).toList();
    }

    private static QualifiedName root(Catalog catalog, Table partition) {
        Table current = partition;
        for (int depth = 0; current.isPartition() && depth < 16; depth++) {
            QualifiedName parent = current.partitionOf().parent();
            current = catalog.table(parent).orElse(null);
            if (current == null) {
                return parent;
            }
        }
        return current.name();
    }
}
