package dev.converge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run behind {@code bin/converge}'s class-data-sharing archive: run once after each build with
 * {@code -XX:ArchiveClassesAtExit}, it loads (without initialising) every class of Converge and of the libraries
 * a run uses, and builds the whole command-line model, so that the archive serves every command, not only the one
 * that happened to run first. The JVM then maps those classes instead of reading, parsing and verifying them, which
 * is most of a short run's start-up.
 *
 * <p>Loading by name cannot reach what a command touches only while it runs: its lambdas, the JDK's socket, TLS,
 * process and file classes. Those lines, recorded from real runs by {@code bench/cds-classlist}, are in the resource
 * {@value #RUNS}; given a file name, the training run copies them there, and {@code bin/converge} appends them to
 * the class list this run dumps before writing a static archive from both.
 */
public final class CdsTraining {

    /** The packages a run loads classes from; not Testcontainers, Docker or JSqlParser, which few runs need. */
    private static final List<String> PACKAGES = List.of("dev/converge/", "picocli/", "org/postgresql/",
            "org/yaml/snakeyaml/", "com/fasterxml/jackson/", "com/github/difflib/");

    /** What real runs load beyond Converge's classes, as class-list lines (bench/cds-classlist writes it). */
    static final String RUNS = "/dev/converge/cli/runs.classlist";

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        Path jar = Path.of(CdsTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = CdsTraining.class.getClassLoader();
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.endsWith(".class") || name.contains("-") || PACKAGES.stream().noneMatch(name::startsWith)
                        || name.startsWith("dev/converge/cli/CdsTraining")) {
                    continue;
                }
                try {
                    Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                            loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // An optional dependency of a library class is missing: that class is not needed.
                }
            }
        }
        Main.commandLine();
        if (args.length == 1) {
            try (InputStream runs = CdsTraining.class.getResourceAsStream(RUNS)) {
                Files.write(Path.of(args[0]), runs == null ? new byte[0] : runs.readAllBytes());
            }
        }
        System.out.println("converge: loaded " + loaded + " classes for the start-up archive");
    }
}
