package dev.converge.report.diagram;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A diagram as a mermaid {@code erDiagram} (what GitHub, GitLab and many wikis render from a fenced block):
 * an entity per table or view named {@code "schema.table"}, an attribute per column with PK/FK/UK keys, a
 * crow's-foot relationship per foreign key, a dotted one from each view to what it reads. Types and names mermaid
 * cannot take as a word (spaces, commas, dots) are simplified and the exact text kept as the attribute's comment.
 * Only syntax that mermaid has accepted since version 9 is used.
 */
public final class MermaidEr {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_()\\[\\]-]*");

    private MermaidEr() {
    }

    public static String render(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: ").append(diagram.title().replace("\n", " ")).append("\n---\nerDiagram\n");
        for (String schema : diagram.schemas()) {
            out.append("    %% schema ").append(schema).append('\n');
            for (Diagram.Box box : diagram.boxesIn(schema)) {
                out.append("    ").append(entity(box)).append(" {\n");
                for (Diagram.Field field : box.fields()) {
                    attribute(out, field);
                }
                out.append("    }\n");
            }
        }
        for (Diagram.Edge edge : diagram.edges()) {
            Diagram.Box from = find(diagram, edge.from());
            Diagram.Box to = find(diagram, edge.to());
            String relation = edge.reads() ? "}o..o{" : edge.optional() ? "}o--o|" : "}o--||";
            out.append("    ").append(entity(from)).append(' ').append(relation).append(' ').append(entity(to))
                    .append(" : \"").append(text(edge.label())).append("\"\n");
        }
        return out.toString();
    }

    private static void attribute(StringBuilder out, Diagram.Field field) {
        String type = TypeNames.shortName(field.type());
        String typeWord = WORD.matcher(type).matches() ? type : word(bare(type));
        String nameWord = word(field.name());
        out.append("        ").append(typeWord).append(' ').append(nameWord);
        List<String> keys = field.keys();
        if (!keys.isEmpty()) {
            out.append(' ').append(String.join(", ", keys));
        }
        StringBuilder comment = new StringBuilder();
        if (!nameWord.equals(field.name())) {
            comment.append(field.name());
        }
        if (!typeWord.equals(type)) {
            comment.append(comment.isEmpty() ? "" : ": ").append(type);
        }
        if (!comment.isEmpty()) {
            out.append(" \"").append(text(comment.toString())).append('"');
        }
        out.append('\n');
    }

    static String entity(Diagram.Box box) {
        String suffix = switch (box.kind()) {
            case VIEW -> " (view)";
            case MATERIALIZED_VIEW -> " (materialized view)";
            case TABLE -> "";
        };
        return "\"" + text(box.name() + suffix) + "\"";
    }

    private static Diagram.Box find(Diagram diagram, dev.converge.model.QualifiedName name) {
        return diagram.boxes().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    /** A type without its modifiers and schema, {@code numeric} for {@code numeric(12,2)}, when that is a word. */
    private static String bare(String type) {
        String bare = type.replaceAll("\\([^)]*\\)", "");
        int dot = bare.lastIndexOf('.');
        return dot >= 0 ? bare.substring(dot + 1) : bare;
    }

    /** A name or type as one mermaid word: anything else becomes "_" (the exact text goes to the comment). */
    static String word(String text) {
        if (WORD.matcher(text).matches()) {
            return text;
        }
        String word = text.replaceAll("[^A-Za-z0-9_()\\[\\]-]", "_");
        return Character.isLetter(word.charAt(0)) || word.charAt(0) == '_' ? word : "_" + word;
    }

    /** Text inside double quotes: mermaid ends a string at '"' and reads '%' as the start of a comment. */
    static String text(String text) {
        return text.replace("\"", "'").replace("%", " pct").replace("\n", " ");
    }
}
