package dev.converge.convergence;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The convergence scenarios under {@code src/test/resources/convergence}, for tests outside this package. */
public final class ConvergenceScenarios {

    private ConvergenceScenarios() {
    }

    public static List<String> names() throws IOException, URISyntaxException {
        return ConvergenceTest.scenarios().toList();
    }

    /** The scenario's end state as SQL that loads as it is: reference.sql where present, else desired.sql. */
    public static String reference(String scenario) throws IOException, URISyntaxException {
        Path dir = Path.of(ConvergenceScenarios.class.getResource("/convergence/" + scenario).toURI());
        Path reference = dir.resolve("reference.sql");
        return Files.readString(Files.exists(reference) ? reference : dir.resolve("desired.sql"));
    }
}
