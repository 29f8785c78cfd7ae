package dev.converge.report.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.model.QualifiedName;

/**
 * Places the boxes of a diagram for {@link SvgRenderer}: one cluster per schema, stacked; inside a cluster, columns
 * by foreign-key depth (referenced tables left of the tables that reference them, views right of what they read),
 * ordered to pull connected boxes level (a barycentre pass each way), and a column taller than
 * {@link #MAX_COLUMN_HEIGHT} wraps into the next. Text is monospace, so box widths follow from character counts.
 */
final class SvgLayout {

    static final double CHAR = 7.3;
    static final double ROW = 18;
    static final double HEADER = 24;
    static final double PAD = 8;
    static final double COLUMN_GAP = 96;
    static final double BOX_GAP = 28;
    static final double CLUSTER_PAD = 20;
    static final double CLUSTER_HEADER = 28;
    static final double MAX_COLUMN_HEIGHT = 1400;

    /** A box with its place and size, and the widths (in characters) of its key, name and type columns. */
    record Placed(Diagram.Box box, double x, double y, double width, double height, int keyChars, int nameChars) {
        double rowY(int index) {
            return y + HEADER + index * ROW + ROW / 2;
        }
    }

    record Cluster(String schema, double x, double y, double width, double height) {
    }

    record Layout(List<Placed> boxes, List<Cluster> clusters, double width, double height) {
        Placed placed(QualifiedName name) {
            return boxes.stream().filter(p -> p.box().name().equals(name)).findFirst().orElse(null);
        }
    }

    private SvgLayout() {
    }

    static Layout of(Diagram diagram) {
        List<Placed> placed = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        double y = 0;
        double width = 0;
        for (String schema : diagram.schemas()) {
            List<Diagram.Box> boxes = diagram.boxesIn(schema);
            List<List<Diagram.Box>> columns = columns(boxes, diagram.edges());
            double x = CLUSTER_PAD;
            double clusterHeight = 0;
            for (List<Diagram.Box> column : columns) {
                double columnWidth = 0;
                double top = y + CLUSTER_HEADER;
                for (Diagram.Box box : column) {
                    Placed p = size(box, x, top);
                    placed.add(p);
                    top += p.height() + BOX_GAP;
                    columnWidth = Math.max(columnWidth, p.width());
                }
                clusterHeight = Math.max(clusterHeight, top - y);
                x += columnWidth + COLUMN_GAP;
            }
            double clusterWidth = Math.max(x - COLUMN_GAP + CLUSTER_PAD, 160);
            clusters.add(new Cluster(schema, 0, y, clusterWidth, clusterHeight));
            width = Math.max(width, clusterWidth);
            y += clusterHeight + BOX_GAP;
        }
        return new Layout(placed, clusters, Math.max(width, 200), Math.max(y, 60));
    }

    private static Placed size(Diagram.Box box, double x, double y) {
        int keyChars = 0;
        int nameChars = 0;
        int typeChars = 0;
        for (Diagram.Field field : box.fields()) {
            keyChars = Math.max(keyChars, String.join(",", field.keys()).length());
            nameChars = Math.max(nameChars, field.status().marker().length() + field.name().length());
            typeChars = Math.max(typeChars, TypeNames.shortName(field.type()).length());
        }
        int rowChars = (keyChars == 0 ? 0 : keyChars + 1) + nameChars + 2 + typeChars;
        int titleChars = SvgRenderer.title(box).length();
        int noteChars = box.note() == null ? 0 : box.note().length();
        double width = Math.max(Math.max(rowChars, titleChars), noteChars) * CHAR + 2 * PAD;
        int rows = box.fields().size() + (box.note() == null ? 0 : 1);
        double height = HEADER + rows * ROW + (rows == 0 ? 0 : PAD / 2);
        return new Placed(box, x, y, Math.max(width, 90), height, keyChars, nameChars);
    }

    /** The boxes of one schema in columns: by foreign-key depth, ordered, tall columns wrapped. */
    static List<List<Diagram.Box>> columns(List<Diagram.Box> boxes, List<Diagram.Edge> allEdges) {
        Map<QualifiedName, Diagram.Box> byName = new HashMap<>();
        boxes.forEach(b -> byName.put(b.name(), b));
        Map<QualifiedName, List<QualifiedName>> targets = new HashMap<>();
        Map<QualifiedName, List<QualifiedName>> sources = new HashMap<>();
        for (Diagram.Edge edge : allEdges) {
            if (byName.containsKey(edge.from()) && byName.containsKey(edge.to()) && !edge.from().equals(edge.to())) {
                targets.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
                sources.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
            }
        }
        Map<QualifiedName, Integer> rank = new HashMap<>();
        for (Diagram.Box box : boxes) {
            rank(box.name(), targets, rank, new HashSet<>());
        }
        int maxRank = rank.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<Diagram.Box>> ranks = new ArrayList<>();
        for (int r = 0; r <= maxRank; r++) {
            int level = r;
            ranks.add(new ArrayList<>(boxes.stream().filter(b -> rank.get(b.name()) == level).toList()));
        }
        Map<QualifiedName, Double> position = new HashMap<>();
        for (int r = 0; r < ranks.size(); r++) {
            order(ranks.get(r), targets, position);
        }
        if (ranks.size() > 1) {
            order(ranks.get(0), sources, position);
        }
        List<List<Diagram.Box>> columns = new ArrayList<>();
        for (List<Diagram.Box> column : ranks) {
            List<Diagram.Box> current = new ArrayList<>();
            double height = 0;
            for (Diagram.Box box : column) {
                double boxHeight = HEADER + (box.fields().size() + 1) * ROW + BOX_GAP;
                if (!current.isEmpty() && height + boxHeight > MAX_COLUMN_HEIGHT) {
                    columns.add(current);
                    current = new ArrayList<>();
                    height = 0;
                }
                current.add(box);
                height += boxHeight;
            }
            if (!current.isEmpty()) {
                columns.add(current);
            }
        }
        return columns;
    }

    /** Longest foreign-key path to a box that references nothing; a cycle is cut where it closes. */
    private static int rank(QualifiedName name, Map<QualifiedName, List<QualifiedName>> targets,
                            Map<QualifiedName, Integer> rank, Set<QualifiedName> visiting) {
        Integer known = rank.get(name);
        if (known != null) {
            return known;
        }
        if (!visiting.add(name)) {
            return -1;
        }
        int best = 0;
        for (QualifiedName target : targets.getOrDefault(name, List.of())) {
            best = Math.max(best, rank(target, targets, rank, visiting) + 1);
        }
        visiting.remove(name);
        rank.put(name, best);
        return best;
    }

    /** Sorts a column by the mean position of its neighbours already placed (name order breaks ties). */
    private static void order(List<Diagram.Box> column, Map<QualifiedName, List<QualifiedName>> neighbours,
                              Map<QualifiedName, Double> position) {
        Map<QualifiedName, Double> key = new HashMap<>();
        for (int i = 0; i < column.size(); i++) {
            QualifiedName name = column.get(i).name();
            double sum = 0;
            int count = 0;
            for (QualifiedName neighbour : neighbours.getOrDefault(name, List.of())) {
                Double p = position.get(neighbour);
                if (p != null) {
                    sum += p;
                    count++;
                }
            }
            key.put(name, count == 0 ? i : sum / count);
        }
        column.sort(Comparator.comparing((Diagram.Box b) -> key.get(b.name())).thenComparing(Diagram.Box::name));
        for (int i = 0; i < column.size(); i++) {
            position.put(column.get(i).name(), (double) i);
        }
    }
}
