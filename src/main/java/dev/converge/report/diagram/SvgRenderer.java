package dev.converge.report.diagram;

import java.util.List;
import java.util.Locale;

/**
 * Draws a diagram as standalone SVG, laid out by {@link SvgLayout}: no script and no font or file from elsewhere,
 * so it shows the same in a browser, an e-mail or a CI artifact viewer that blocks JavaScript. Each table is a
 * {@code <g class="table" data-table="schema.name">} (what the browser test looks for), styled by its status.
 */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    public static String render(Diagram diagram) {
        SvgLayout.Layout layout = SvgLayout.of(diagram);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"converge-er\" width=\"").append(n(layout.width()))
                .append("\" height=\"").append(n(layout.height())).append("\" viewBox=\"0 0 ")
                .append(n(layout.width())).append(' ').append(n(layout.height())).append("\" role=\"img\">\n");
        svg.append("<title>").append(xml(diagram.title())).append("</title>\n");
        svg.append(STYLE);
        for (SvgLayout.Cluster cluster : layout.clusters()) {
            svg.append("<g class=\"schema\" data-schema=\"").append(xml(cluster.schema())).append("\">")
                    .append("<rect class=\"cluster\" x=\"").append(n(cluster.x())).append("\" y=\"")
                    .append(n(cluster.y())).append("\" width=\"").append(n(cluster.width())).append("\" height=\"")
                    .append(n(cluster.height())).append("\" rx=\"8\"/>")
                    .append("<text class=\"cluster-label\" x=\"").append(n(cluster.x() + 10)).append("\" y=\"")
                    .append(n(cluster.y() + 18)).append("\">schema ").append(xml(cluster.schema()))
                    .append("</text></g>\n");
        }
        svg.append("<g class=\"edges\">\n");
        for (Diagram.Edge edge : diagram.edges()) {
            edge(svg, layout, edge);
        }
        svg.append("</g>\n");
        for (SvgLayout.Placed placed : layout.boxes()) {
            box(svg, placed);
        }
        return svg.append("</svg>\n").toString();
    }

    private static final String STYLE = """
            <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" \
            orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>
            <style>
            .converge-er text{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12px;fill:#1f2328}
            .converge-er .cluster{fill:#f6f8fa;stroke:#d0d7de}
            .converge-er .cluster-label{font-weight:bold;fill:#57606a}
            .converge-er .box{fill:#ffffff;stroke:#57606a;stroke-width:1.2}
            .converge-er .header{fill:#ddf4ff;stroke:#57606a;stroke-width:1.2}
            .converge-er .view .box,.converge-er .view .header{stroke-dasharray:5 3}
            .converge-er .view .header{fill:#eef1f4}
            .converge-er .title{font-weight:bold}
            .converge-er .keys{fill:#8250df;font-weight:bold}
            .converge-er .type{fill:#57606a}
            .converge-er .note{fill:#57606a;font-style:italic}
            .converge-er .edge{fill:none;stroke:#57606a;stroke-width:1.2}
            .converge-er .edge.reads{stroke-dasharray:4 3;stroke:#8c959f}
            .converge-er .edge-label{font-size:10px;fill:#57606a}
            .converge-er .added .header{fill:#dafbe1;stroke:#1a7f37}.converge-er .added .box{stroke:#1a7f37}
            .converge-er .changed .header{fill:#fff8c5;stroke:#9a6700}.converge-er .changed .box{stroke:#9a6700}
            .converge-er .dropped .header{fill:#ffebe9;stroke:#cf222e}
            .converge-er .dropped .box{stroke:#cf222e;stroke-dasharray:6 3}
            .converge-er .context .header{fill:#f6f8fa;stroke:#8c959f}.converge-er .context .box{stroke:#8c959f}
            .converge-er .context text{fill:#57606a}
            .converge-er .row.added text{fill:#1a7f37}.converge-er .row.changed text{fill:#9a6700}
            .converge-er .row.dropped text{fill:#cf222e;text-decoration:line-through}
            </style>
            """;

    private static void box(StringBuilder svg, SvgLayout.Placed p) {
        Diagram.Box box = p.box();
        svg.append("<g class=\"table ").append(box.status().cssClass()).append(box.isView() ? " view" : "")
                .append("\" data-table=\"").append(xml(box.name().toString())).append("\" data-status=\"")
                .append(box.status().cssClass()).append("\">");
        svg.append("<rect class=\"box\" x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y()))
                .append("\" width=\"").append(n(p.width())).append("\" height=\"").append(n(p.height()))
                .append("\" rx=\"4\"/>");
        svg.append("<rect class=\"header\" x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y()))
                .append("\" width=\"").append(n(p.width())).append("\" height=\"").append(n(SvgLayout.HEADER))
                .append("\" rx=\"4\"/>");
        svg.append("<text class=\"title\" x=\"").append(n(p.x() + SvgLayout.PAD)).append("\" y=\"")
                .append(n(p.y() + 16)).append("\">").append(xml(title(box))).append("</text>");
        double nameX = p.x() + SvgLayout.PAD + (p.keyChars() == 0 ? 0 : (p.keyChars() + 1) * SvgLayout.CHAR);
        double typeX = nameX + (p.nameChars() + 2) * SvgLayout.CHAR;
        List<Diagram.Field> fields = box.fields();
        for (int i = 0; i < fields.size(); i++) {
            Diagram.Field field = fields.get(i);
            double y = p.rowY(i) + 4;
            svg.append("<g class=\"row ").append(field.status().cssClass()).append("\" data-column=\"")
                    .append(xml(field.name())).append("\">");
            if (!field.keys().isEmpty()) {
                svg.append("<text class=\"keys\" x=\"").append(n(p.x() + SvgLayout.PAD)).append("\" y=\"")
                        .append(n(y)).append("\">").append(String.join(",", field.keys())).append("</text>");
            }
            svg.append("<text class=\"name\" x=\"").append(n(nameX)).append("\" y=\"").append(n(y)).append("\">")
                    .append(xml(field.status().marker() + field.name())).append("</text>");
            svg.append("<text class=\"type\" x=\"").append(n(typeX)).append("\" y=\"").append(n(y)).append("\">")
                    .append(xml(TypeNames.shortName(field.type()) + (field.notNull() ? "" : "?")))
                    .append("</text></g>");
        }
        if (box.note() != null) {
            svg.append("<text class=\"note\" x=\"").append(n(p.x() + SvgLayout.PAD)).append("\" y=\"")
                    .append(n(p.rowY(fields.size()) + 4)).append("\">").append(xml(box.note())).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void edge(StringBuilder svg, SvgLayout.Layout layout, Diagram.Edge edge) {
        SvgLayout.Placed from = layout.placed(edge.from());
        SvgLayout.Placed to = layout.placed(edge.to());
        if (from == null || to == null) {
            return;
        }
        double startY = edge.reads() ? from.y() + SvgLayout.HEADER / 2 : from.rowY(row(from.box(), edge.label()));
        int keyRow = keyRow(to.box());
        double endY = keyRow < 0 ? to.y() + SvgLayout.HEADER / 2 : to.rowY(keyRow);
        double startX;
        double endX;
        double bend;
        if (to.x() > from.x() + from.width()) {
            startX = from.x() + from.width();
            endX = to.x();
            bend = Math.max(40, (endX - startX) / 2);
            svg.append(path(edge, startX, startY, startX + bend, endX - bend, endX, endY));
        } else if (to.x() + to.width() < from.x()) {
            startX = from.x();
            endX = to.x() + to.width();
            bend = Math.max(40, (startX - endX) / 2);
            svg.append(path(edge, startX, startY, startX - bend, endX + bend, endX, endY));
        } else {
            startX = from.x() + from.width();
            endX = to.x() + to.width();
            bend = 36 + Math.abs(endY - startY) / 8;
            svg.append(path(edge, startX, startY, Math.max(startX, endX) + bend, Math.max(startX, endX) + bend,
                    endX, endY));
        }
        double labelX = startX + (endX >= startX ? 6 : -6);
        svg.append("<text class=\"edge-label\" x=\"").append(n(labelX)).append("\" y=\"").append(n(startY - 4))
                .append("\"").append(endX >= startX ? "" : " text-anchor=\"end\"").append(">")
                .append(xml(edge.label())).append("</text>\n");
    }

    private static String path(Diagram.Edge edge, double x1, double y1, double c1, double c2, double x2, double y2) {
        return "<path class=\"edge " + (edge.reads() ? "reads" : "fk") + "\" data-from=\"" + xml(edge.from().toString())
                + "\" data-to=\"" + xml(edge.to().toString()) + "\" d=\"M" + n(x1) + "," + n(y1) + " C" + n(c1) + ","
                + n(y1) + " " + n(c2) + "," + n(y2) + " " + n(x2) + "," + n(y2) + "\" marker-end=\"url(#arrow)\"/>";
    }

    private static int row(Diagram.Box box, String label) {
        String first = label.split(", ")[0];
        for (int i = 0; i < box.fields().size(); i++) {
            if (box.fields().get(i).name().equals(first)) {
                return i;
            }
        }
        return 0;
    }

    private static int keyRow(Diagram.Box box) {
        for (int i = 0; i < box.fields().size(); i++) {
            if (box.fields().get(i).primaryKey()) {
                return i;
            }
        }
        return -1;
    }

    /** The heading of a box: status marker, name, and what kind of view it is. */
    static String title(Diagram.Box box) {
        String marker = box.status().marker();
        String kind = switch (box.kind()) {
            case VIEW -> "  «view»";
            case MATERIALIZED_VIEW -> "  «materialized view»";
            case TABLE -> "";
        };
        return (marker.isEmpty() ? "" : marker + " ") + box.name().name() + kind;
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
