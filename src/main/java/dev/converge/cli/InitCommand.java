package dev.converge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.converge.app.ProjectInit;

/** {@code converge init}: writes a commented starter converge.yaml. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter project file (converge.yaml): desired-state paths, managed "
                + "schemas, objects to leave alone, and environments. Never overwrites an existing file.",
        footerHeading = "%nExamples:%n",
        footer = {"  converge init && $EDITOR converge.yaml",
                "  converge init db/converge.yaml",
                "", "Exit codes: 0 written, 1 error (e.g. the file exists; nothing written), 64 usage."})
final class InitCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write it (default: converge.yaml).")
    Path file = Path.of("converge.yaml");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectInit.write(file);
        spec.commandLine().getOut().println("Wrote " + file + ": set 'desired:' and the environments, then run "
                + "'converge plan --env dev'.");
        return Main.EXIT_OK;
    }
}
