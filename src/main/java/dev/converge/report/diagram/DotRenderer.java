package dev.converge.report.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.model.QualifiedName;

/**
 * A diagram as Graphviz {@code dot}: a cluster per schema, each table an HTML-like table (name, then a row per
 * column with its keys and type, one port per column), foreign keys from the referencing column to the referenced
 * table, and dashed edges from views to what they read. {@code dot -Tsvg} or {@code -Tpng} draws it.
 */
public final class DotRenderer {

    private DotRenderer() {
    }

    public static String render(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(diagram.title().replace("\n", " ")).append('\n');
        out.append("digraph converge {\n");
        out.append("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.4, ranksep=1.0];\n");
        out.append("  node [shape=plain, fontname=\"Helvetica\", fontsize=11];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#57606a\", arrowhead=normal];\n");
        List<String> schemas = diagram.schemas();
        Map<QualifiedName, Diagram.Box> byName = new HashMap<>();
        for (int s = 0; s < schemas.size(); s++) {
            out.append("  subgraph cluster_").append(s).append(" {\n    label=").append(quoted(schemas.get(s)))
                    .append(";\n    style=rounded; color=\"#d0d7de\";\n");
            for (Diagram.Box box : diagram.boxesIn(schemas.get(s))) {
                byName.put(box.name(), box);
                out.append("    ").append(quoted(box.name().toString())).append(" [label=<").append(table(box))
                        .append(">];\n");
            }
            out.append("  }\n");
        }
        for (Diagram.Edge edge : diagram.edges()) {
            Diagram.Box from = byName.get(edge.from());
            out.append("  ").append(quoted(edge.from().toString()));
            int port = edge.reads() ? -1 : portOf(from, edge.label());
            if (port >= 0) {
                out.append(":c").append(port);
            }
            out.append(" -> ").append(quoted(edge.to().toString())).append(" [label=").append(quoted(edge.label()));
            if (edge.reads()) {
                out.append(", style=dashed");
            }
            out.append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static int portOf(Diagram.Box box, String label) {
        String first = label.split(", ")[0];
        for (int i = 0; i < box.fields().size(); i++) {
            if (box.fields().get(i).name().equals(first)) {
                return i;
            }
        }
        return -1;
    }

    private static String table(Diagram.Box box) {
        String colour = switch (box.status()) {
            case ADDED -> "#dafbe1";
            case CHANGED -> "#fff8c5";
            case DROPPED -> "#ffebe9";
            case CONTEXT -> "#f6f8fa";
            case UNCHANGED -> box.isView() ? "#eef1f4" : "#ddf4ff";
        };
        StringBuilder html = new StringBuilder("<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
                + "cellpadding=\"4\"" + (box.isView() ? " style=\"dashed\"" : "") + ">");
        html.append("<tr><td colspan=\"3\" bgcolor=\"").append(colour).append("\"><b>")
                .append(xml(box.status().marker() + box.name()))
                .append("</b>").append(box.isView() ? " <i>view</i>" : "").append("</td></tr>");
        for (int i = 0; i < box.fields().size(); i++) {
            Diagram.Field field = box.fields().get(i);
            html.append("<tr><td align=\"left\">").append(String.join(",", field.keys())).append("</td>")
                    .append("<td align=\"left\" port=\"c").append(i).append("\">")
                    .append(xml(field.status().marker() + field.name())).append("</td><td align=\"left\">")
                    .append(xml(TypeNames.shortName(field.type()))).append("</td></tr>");
        }
        if (box.note() != null) {
            html.append("<tr><td colspan=\"3\"><i>").append(xml(box.note())).append("</i></td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
