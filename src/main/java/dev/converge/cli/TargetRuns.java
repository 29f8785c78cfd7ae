package dev.converge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.converge.app.MultiTargetRun;
import dev.converge.app.NamedTarget;
import dev.converge.app.Progress;
import dev.converge.app.ResolvedRun;
import dev.converge.app.Target;
import dev.converge.app.TargetOutcome;
import dev.converge.report.SummaryTable;

/**
 * Runs one command on the targets of a run. One target prints exactly as it always did, its errors handled by
 * {@link ErrorHandler}. Several targets run in parallel, each writing into its own buffer that is printed as one
 * block when the target ends (so outputs never interleave), then one summary table; the exit code is the worst.
 */
final class TargetRuns {

    /** The command's work on one target, writing to the given streams. */
    interface Work {
        TargetOutcome run(Target target, PrintWriter out, PrintWriter err, Progress progress);
    }

    private TargetRuns() {
    }

    static int run(ResolvedRun run, boolean keepGoing, PrintWriter out, PrintWriter err, OutputOptions options,
                   Work work) {
        if (!run.multiTarget()) {
            Target target = run.targets().get(0).target();
            return work.run(target, out, err, options.progress(err)).exitCode();
        }
        Progress progress = options.progress(err);
        progress.step("running on " + run.targets().size() + " targets"
                + (run.environment() != null ? " of environment " + run.environment() : "")
                + ", " + Math.min(run.parallel(), run.targets().size()) + " at a time");
        AtomicInteger done = new AtomicInteger();
        List<MultiTargetRun.Result> results = new MultiTargetRun(run.parallel(), keepGoing).run(run.targets(),
                target -> runBuffered(target, work, out, err, options),
                result -> {
                    reportFailure(result, err);
                    synchronized (err) {
                        progress.step(done.incrementAndGet() + "/" + run.targets().size() + " done: "
                                + result.target().name() + " " + result.outcome().kind().label());
                    }
                });
        printSummary(results, out, options);
        return TargetOutcome.worstExitCode(results.stream().map(MultiTargetRun.Result::outcome).toList());
    }

    /** Runs one target with its output held back, then prints it as one block under the target's name. */
    private static TargetOutcome runBuffered(NamedTarget target, Work work, PrintWriter out, PrintWriter err,
                                             OutputOptions options) {
        StringWriter targetOut = new StringWriter();
        StringWriter targetErr = new StringWriter();
        Progress base = options.progress(err);
        Progress progress = Progress.of(message -> {
            synchronized (err) {
                base.step("[" + target.name() + "] " + message);
            }
        }, message -> {
            synchronized (err) {
                base.notice("[" + target.name() + "] " + message);
            }
        });
        try {
            return work.run(target.target(), new PrintWriter(targetOut), new PrintWriter(targetErr), progress);
        } finally {
            synchronized (out) {
                synchronized (err) {
                    out.println(options.ansi().bold("== " + target.name()));
                    out.print(targetOut);
                    out.println();
                    out.flush();
                    err.print(targetErr);
                    err.flush();
                }
            }
        }
    }

    private static void reportFailure(MultiTargetRun.Result result, PrintWriter err) {
        if (result.outcome().message() != null) {
            synchronized (err) {
                err.println("converge: " + result.target().name() + ": "
                        + (result.outcome().kind() == TargetOutcome.Kind.FAILED ? "error: " : "")
                        + result.outcome().message());
                err.flush();
            }
        }
    }

    private static void printSummary(List<MultiTargetRun.Result> results, PrintWriter out, OutputOptions options) {
        List<List<String>> rows = new ArrayList<>();
        for (MultiTargetRun.Result result : results) {
            TargetOutcome outcome = result.outcome();
            boolean counted = !outcome.kind().failure() && outcome.kind() != TargetOutcome.Kind.SKIPPED;
            rows.add(List.of(result.target().name(), counted ? String.valueOf(outcome.changes()) : "-",
                    outcome.kind().label(), String.format(java.util.Locale.ROOT, "%.1fs",
                            result.time().toMillis() / 1000.0)));
        }
        synchronized (out) {
            out.println(options.ansi().bold("-- summary: " + results.size() + " targets"));
            out.print(SummaryTable.render(List.of("target", "changes", "outcome", "time"), rows));
            out.flush();
        }
    }
}
