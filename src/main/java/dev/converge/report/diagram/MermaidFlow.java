package dev.converge.report.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A diagram as a mermaid {@code flowchart}, used for the picture of a plan: flowcharts have had subgraphs (one per
 * schema) and {@code classDef} styles for years, so added, changed and dropped tables are coloured apart in every
 * renderer a pull request may meet. Each node lists its columns with {@code +}, {@code ~} and {@code -} markers.
 */
public final class MermaidFlow {

    /** At most this many unchanged columns are listed under a changed table; the rest are counted. */
    static final int CONTEXT_COLUMNS = 4;

    private MermaidFlow() {
    }

    public static String render(Diagram diagram) {
        Map<dev.converge.model.QualifiedName, String> ids = new HashMap<>();
        for (int i = 0; i < diagram.boxes().size(); i++) {
            ids.put(diagram.boxes().get(i).name(), "t" + i);
        }
        // Wider labels than mermaid's 200 px default, so that "column type keys" stays on one line.
        StringBuilder out = new StringBuilder("%%{init: {\"flowchart\": {\"wrappingWidth\": 420}}}%%\nflowchart LR\n");
        out.append("    classDef added fill:#dafbe1,stroke:#1a7f37,color:#1f2328\n");
        out.append("    classDef changed fill:#fff8c5,stroke:#9a6700,color:#1f2328\n");
        out.append("    classDef dropped fill:#ffebe9,stroke:#cf222e,color:#1f2328,stroke-dasharray:6 3\n");
        out.append("    classDef context fill:#f6f8fa,stroke:#8c959f,color:#57606a\n");
        out.append("    classDef unchanged fill:#ffffff,stroke:#57606a,color:#1f2328\n");
        List<String> schemas = diagram.schemas();
        for (int s = 0; s < schemas.size(); s++) {
            out.append("    subgraph s").append(s).append("[\"").append(label(schemas.get(s))).append("\"]\n");
            for (Diagram.Box box : diagram.boxesIn(schemas.get(s))) {
                out.append("        ").append(ids.get(box.name())).append("[\"").append(nodeLabel(box))
                        .append("\"]\n");
            }
            out.append("    end\n");
        }
        for (Diagram.Edge edge : diagram.edges()) {
            out.append("    ").append(ids.get(edge.from())).append(edge.reads() ? " -.->|" : " -->|")
                    .append(label(edge.label())).append("| ").append(ids.get(edge.to())).append('\n');
        }
        for (Diagram.Box box : diagram.boxes()) {
            out.append("    class ").append(ids.get(box.name())).append(' ').append(box.status().cssClass())
                    .append('\n');
        }
        return out.toString();
    }

    private static String nodeLabel(Diagram.Box box) {
        StringBuilder label = new StringBuilder("<b>");
        String marker = box.status().marker();
        label.append(marker.isEmpty() ? "" : marker + " ").append(label(box.name().name())).append("</b>");
        if (box.isView()) {
            label.append(" <i>").append(box.kind() == Diagram.Kind.VIEW ? "view" : "materialized view")
                    .append("</i>");
        }
        if (box.status() == Status.DROPPED || box.status() == Status.CONTEXT) {
            return label.toString();
        }
        int hidden = 0;
        int shownUnchanged = 0;
        for (Diagram.Field field : box.fields()) {
            boolean changed = field.status() != Status.UNCHANGED;
            boolean show = box.status() != Status.CHANGED || changed || field.primaryKey()
                    || shownUnchanged < CONTEXT_COLUMNS;
            if (!show) {
                hidden++;
                continue;
            }
            if (!changed) {
                shownUnchanged++;
            }
            label.append("<br/>").append(field.status().marker().isEmpty() ? "" : field.status().marker() + " ")
                    .append(label(field.name())).append(' ').append(label(TypeNames.shortName(field.type())));
            if (!field.keys().isEmpty()) {
                label.append(' ').append(String.join(",", field.keys()));
            }
        }
        if (hidden > 0) {
            label.append("<br/><i>").append(hidden).append(" more column(s)</i>");
        }
        if (box.note() != null) {
            label.append("<br/><i>").append(label(box.note())).append("</i>");
        }
        return label.toString();
    }

    /** Text in a quoted label: quotes and markup characters as mermaid's entity codes. */
    static String label(String text) {
        return text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("|", "#124;").replace("\n", " ");
    }
}
