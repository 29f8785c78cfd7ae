package dev.converge.source.write;

import java.util.List;
import java.util.Optional;

import dev.converge.source.write.DesiredStateFormat;
import dev.converge.source.write.SqlDesiredStateFormat;

/**
 * The desired-state formats {@code inspect} can write, by the name {@code --format} takes. The registry is in app,
 * not report, because the YAML format needs the source layer's writer, which report must not import.
 */
public final class DesiredStateFormats {

    private static final List<DesiredStateFormat> ALL = List.of(new SqlDesiredStateFormat(),
            new YamlDesiredStateFormat());

    private DesiredStateFormats() {
    }

    public static Optional<DesiredStateFormat> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names, in the order they are listed in help and errors. */
    public static List<String> names() {
        return ALL.stream().map(DesiredStateFormat::name).toList();
    }
}
