package dev.converge.report;

import java.util.List;
import java.util.Optional;

/** The desired-state formats {@code inspect} can write, by the name {@code --format} takes. */
public final class DesiredStateFormats {

    private static final List<DesiredStateFormat> ALL = List.of(new SqlDesiredStateFormat());

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
