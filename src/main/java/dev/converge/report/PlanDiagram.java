package dev.converge.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.View;
import dev.converge.report.diagram.Diagram;
import dev.converge.report.diagram.Diagrams;
import dev.converge.report.diagram.MermaidFlow;
import dev.converge.report.diagram.Status;

/**
 * The picture of a plan: the tables and views it creates, changes or drops (columns marked added, changed or
 * dropped), with the tables their foreign keys connect them to as unchanged context. Dropped objects are drawn as
 * the target has them, the others as the desired state has them.
 */
final class PlanDiagram {

    /** Beyond this many boxes the context neighbours are left out; beyond twice as many there is no picture. */
    static final int MAX_BOXES = 40;

    private PlanDiagram() {
    }

    /** The diagram, or null when the plan touches no table or view. */
    static Diagram of(PlanReport report, PlanAnalysis analysis) {
        Map<QualifiedName, Status> touched = new LinkedHashMap<>();
        for (ObjectState object : analysis.drifted()) {
            if (object.kind().equals("table") || object.kind().endsWith("view")) {
                QualifiedName name = parse(object.name());
                touched.put(name, switch (object.status()) {
                    case "created" -> Status.ADDED;
                    case "dropped" -> Status.DROPPED;
                    default -> Status.CHANGED;
                });
            }
        }
        if (touched.isEmpty() || touched.size() > 2 * MAX_BOXES) {
            return null;
        }
        Catalog current = report.current();
        Catalog desired = report.desired();
        Set<QualifiedName> context = new HashSet<>();
        if (touched.size() <= MAX_BOXES) {
            for (Catalog catalog : List.of(current, desired)) {
                for (Table table : catalog.tables()) {
                    for (var fk : table.foreignKeys()) {
                        QualifiedName to = fk.foreignKey().referencedTable();
                        if (touched.containsKey(table.name()) && !touched.containsKey(to)) {
                            context.add(to);
                        } else if (touched.containsKey(to) && !touched.containsKey(table.name())) {
                            context.add(table.name());
                        }
                    }
                }
            }
        }
        List<Diagram.Box> boxes = new ArrayList<>();
        Set<QualifiedName> drawn = new HashSet<>();
        touched.forEach((name, status) -> box(name, status, current, desired).ifPresent(b -> {
            boxes.add(b);
            drawn.add(name);
        }));
        for (QualifiedName name : context) {
            if (boxes.size() >= MAX_BOXES) {
                break;
            }
            box(name, Status.CONTEXT, current, desired).ifPresent(b -> {
                boxes.add(b);
                drawn.add(name);
            });
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (QualifiedName name : drawn) {
            Catalog side = touched.get(name) == Status.DROPPED ? current : desired;
            side.table(name).ifPresent(t -> edges.addAll(Diagrams.foreignKeys(t, drawn, Status.UNCHANGED)));
        }
        edges.addAll(Diagrams.reads(desired, drawn));
        return new Diagram("Tables changed by the plan for " + report.target(), boxes, edges);
    }

    /** The mermaid section of the markdown report, or nothing when the plan touches no table or view. */
    static String markdown(PlanReport report, PlanAnalysis analysis) {
        Diagram diagram = of(report, analysis);
        if (diagram == null) {
            return "";
        }
        return "#### Tables in this plan\n\n```mermaid\n" + MermaidFlow.render(diagram) + "```\n\n"
                + "Green: created, yellow: changed, red (dashed): dropped, grey: unchanged neighbours; "
                + "`+` `~` `-` mark columns added, changed and dropped.\n\n";
    }

    private static java.util.Optional<Diagram.Box> box(QualifiedName name, Status status, Catalog current,
                                                       Catalog desired) {
        Catalog side = status == Status.DROPPED ? current : desired;
        var table = side.table(name);
        if (table.isPresent()) {
            Map<String, Status> columns = status == Status.CHANGED
                    ? columnStatus(current.table(name).orElse(null), table.get()) : Map.of();
            Table shown = table.get();
            if (status == Status.CHANGED && current.table(name).isPresent()) {
                // Dropped columns stay in the picture, struck through, after the desired ones.
                Table desiredTable = shown;
                List<Column> all = new ArrayList<>(desiredTable.columns());
                current.table(name).get().columns().stream()
                        .filter(c -> desiredTable.column(c.name()).isEmpty()).forEach(all::add);
                shown = desiredTable.withColumns(all);
            }
            return java.util.Optional.of(Diagrams.box(shown, status, columns, null));
        }
        View view = side.viewsByName().get(name);
        return view == null ? java.util.Optional.empty() : java.util.Optional.of(Diagrams.box(view, status));
    }

    private static Map<String, Status> columnStatus(Table current, Table desired) {
        Map<String, Status> status = new LinkedHashMap<>();
        if (current == null) {
            return status;
        }
        for (Column column : desired.columns()) {
            Column before = current.column(column.name()).orElse(null);
            if (before == null) {
                status.put(column.name(), Status.ADDED);
            } else if (!before.type().equals(column.type()) || before.notNull() != column.notNull()
                    || !Objects.equals(before.defaultExpression(), column.defaultExpression())
                    || !before.identity().equals(column.identity())) {
                status.put(column.name(), Status.CHANGED);
            }
        }
        for (Column column : current.columns()) {
            if (desired.column(column.name()).isEmpty()) {
                status.put(column.name(), Status.DROPPED);
            }
        }
        return status;
    }

    /** {@code schema.name} as ManagedObject prints it (names with dots in them are split at the first dot). */
    private static QualifiedName parse(String name) {
        int dot = name.indexOf('.');
        return QualifiedName.of(name.substring(0, dot), name.substring(dot + 1));
    }
}
