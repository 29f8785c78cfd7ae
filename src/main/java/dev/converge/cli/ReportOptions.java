package dev.converge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import picocli.CommandLine.Option;

import dev.converge.error.ConvergeException;
import dev.converge.error.FileProblem;
import dev.converge.error.UsageException;
import dev.converge.report.Ansi;
import dev.converge.report.PlanReport;
import dev.converge.report.ReportFormat;

/**
 * {@code --format} and {@code --out}, shared by plan and drift. The i-th --out takes the i-th --format; an --out
 * beyond the formats takes the format its extension implies; a --format beyond the outs goes to standard output
 * (at most one). Without any, standard output shows the text plan as always.
 */
final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Report format: text, sql, json, markdown, junit, sarif or html; repeatable, the i-th "
                    + "pairs with the i-th --out. A --format without its --out writes to standard output.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write a report to FILE; repeatable. Without its --format the extension decides: "
                    + ".txt, .sql, .json, .md, .xml (junit), .sarif, .html.")
    List<Path> outs = new ArrayList<>();

    /** One report to write: a format and a file, or standard output when {@code file} is null. */
    record Destination(ReportFormat format, Path file) {
    }

    List<Destination> destinations() {
        List<Destination> destinations = new ArrayList<>();
        for (int i = 0; i < Math.max(formats.size(), outs.size()); i++) {
            Path file = i < outs.size() ? outs.get(i) : null;
            ReportFormat format = i < formats.size() ? named(formats.get(i)) : implied(file);
            destinations.add(new Destination(format, file));
        }
        if (destinations.stream().filter(d -> d.file() == null).count() > 1) {
            throw new UsageException("only one --format can write to standard output; give the others an --out "
                    + "FILE (the i-th --out pairs with the i-th --format)");
        }
        return destinations;
    }

    /** Report files name one target's plan: with several targets they would overwrite one another. */
    void requireSingleTarget(dev.converge.app.ResolvedRun run) {
        if (run.multiTarget() && !outs.isEmpty()) {
            throw new UsageException("--out writes one target's report, but this run has " + run.targets().size()
                    + " targets; run the targets one at a time (--db) to write reports");
        }
    }

    /** The format that standard output shows instead of the usual text, if one was asked for. */
    ReportFormat standardOutput() {
        return destinations().stream().filter(d -> d.file() == null).map(Destination::format).findFirst()
                .orElse(null);
    }

    /**
     * Checks the --format/--out pairs before any work (a usage error is exit 64 before a database is touched), and
     * silences progress when standard output gets a report for programs.
     */
    void prepare(OutputOptions output) {
        destinations();
        output.machineOutput(machineFormatOnStandardOutput());
    }

    /** True when standard output gets a report for programs (json, junit, sarif, sql, markdown), not text. */
    boolean machineFormatOnStandardOutput() {
        ReportFormat format = standardOutput();
        return format != null && format != ReportFormat.TEXT;
    }

    /** Writes every --out file (plain text, never coloured) and returns the format left for standard output. */
    ReportFormat writeFiles(PlanReport report) {
        return writeFiles((format, ansi) -> format.renderer(ansi).render(report));
    }

    /** Writes the files, then the standard-output format if any; false when standard output is still free. */
    boolean write(PlanReport report, PrintWriter out, Ansi ansi) {
        return write((format, colours) -> format.renderer(colours).render(report), out, ansi);
    }

    /**
     * The same for any report: {@code render} gives the text of a format (lint reports use this), with colour only
     * for the text format on a terminal.
     */
    boolean write(BiFunction<ReportFormat, Ansi, String> render, PrintWriter out, Ansi ansi) {
        ReportFormat stdout = writeFiles(render);
        if (stdout == null) {
            return false;
        }
        out.print(render.apply(stdout, stdout == ReportFormat.TEXT ? ansi : new Ansi(false)));
        out.flush();
        return true;
    }

    private ReportFormat writeFiles(BiFunction<ReportFormat, Ansi, String> render) {
        ReportFormat forStandardOutput = null;
        for (Destination destination : destinations()) {
            if (destination.file() == null) {
                forStandardOutput = destination.format();
                continue;
            }
            String text = render.apply(destination.format(), new Ansi(false));
            try {
                Path parent = destination.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(destination.file(), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConvergeException("writing the " + destination.format().formatName() + " report to "
                        + destination.file() + ": " + FileProblem.describe(e), e);
            }
        }
        return forStandardOutput;
    }

    private static ReportFormat named(String name) {
        return ReportFormat.named(name).orElseThrow(() -> new UsageException("unknown --format '" + name
                + "'; use one of " + ReportFormat.names()));
    }

    private static ReportFormat implied(Path file) {
        return ReportFormat.forFile(file).orElseThrow(() -> new UsageException("cannot tell the format of --out "
                + file + " from its extension (" + ReportFormat.extensions() + "); give it a --format"));
    }
}
