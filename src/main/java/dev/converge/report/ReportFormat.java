package dev.converge.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats, by the name users give to {@code --format} and the file extension that implies each. */
public enum ReportFormat {
    TEXT("txt"), SQL("sql"), JSON("json"), MARKDOWN("md"), JUNIT("xml"), SARIF("sarif"), HTML("html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String formatName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.formatName().equalsIgnoreCase(name)).findFirst();
    }

    /** The format a file name implies: {@code .json}, {@code .md}, {@code .xml}, {@code .sarif}, {@code .sql}, {@code .txt}, {@code .html}. */
    public static Optional<ReportFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::formatName).collect(Collectors.joining(", "));
    }

    public static String extensions() {
        return Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "));
    }

    /** The renderer of this format; {@code ansi} colours only the text format (and only on a terminal). */
    public ReportRenderer renderer(Ansi ansi) {
        return switch (this) {
            case TEXT -> new TextReport(ansi);
            case SQL -> new SqlReport();
            case JSON -> new JsonReport();
            case MARKDOWN -> new MarkdownReport();
            case JUNIT -> new JunitReport();
            case SARIF -> new SarifReport();
            case HTML -> new HtmlReport();
        };
    }
}
