package dev.converge.report.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import dev.converge.model.QualifiedName;

/**
 * An entity-relationship picture, independent of how it is drawn: boxes (tables and views, with their columns and
 * key markers) and edges (foreign keys, and the tables a view reads). Every renderer (mermaid, Graphviz dot, SVG)
 * draws the same diagram; boxes are grouped by schema and sorted, so the same catalog gives the same text.
 */
public record Diagram(String title, List<Box> boxes, List<Edge> edges) {

    public Diagram {
        Objects.requireNonNull(title, "title");
        boxes = boxes.stream().sorted(Comparator.comparing(Box::name)).toList();
        edges = edges.stream().sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to)
                .thenComparing(Edge::label)).toList();
    }

    /** A table or a view. {@code note} is a line under the columns ({@code + 12 partitions}), or null. */
    public record Box(QualifiedName name, Kind kind, List<Field> fields, Status status, String note) {
        public Box {
            Objects.requireNonNull(name, "name");
            fields = List.copyOf(fields);
        }

        public boolean isView() {
            return kind != Kind.TABLE;
        }
    }

    public enum Kind { TABLE, VIEW, MATERIALIZED_VIEW }

    /** A column with its {@code format_type} type, key markers, and how a plan changes it. */
    public record Field(String name, String type, boolean primaryKey, boolean foreignKey, boolean unique,
                        boolean notNull, Status status) {

        /** {@code PK}, {@code FK}, {@code UK} joined by commas, as mermaid writes keys; empty for none. */
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            if (primaryKey) {
                keys.add("PK");
            }
            if (foreignKey) {
                keys.add("FK");
            }
            if (unique) {
                keys.add("UK");
            }
            return keys;
        }
    }

    /** A foreign key from {@code from} to {@code to} (label: its columns), or a view reading a table. */
    public record Edge(QualifiedName from, QualifiedName to, String label, boolean reads, boolean optional,
                       Status status) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The schemas of the boxes, sorted. */
    public List<String> schemas() {
        return List.copyOf(new TreeSet<>(boxes.stream().map(b -> b.name().schema()).toList()));
    }

    public List<Box> boxesIn(String schema) {
        return boxes.stream().filter(b -> b.name().schema().equals(schema)).toList();
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }
}
