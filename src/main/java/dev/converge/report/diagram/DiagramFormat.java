package dev.converge.report.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pictures {@code inspect --format} can draw. A picture is not a desired state (nothing reads it back), so these
 * live beside the desired-state formats rather than among them.
 */
public enum DiagramFormat {
    MERMAID, DOT, HTML;

    public String formatName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DiagramFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.formatName().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(DiagramFormat::formatName).toList();
    }

    /** The text of the picture; {@code facts} is the one-line description an HTML page shows under its title. */
    public String render(Diagram diagram, String facts) {
        return switch (this) {
            case MERMAID -> MermaidEr.render(diagram);
            case DOT -> DotRenderer.render(diagram);
            case HTML -> HtmlPage.of(diagram, facts);
        };
    }
}
