package dev.converge.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.converge.error.ConvergeException;
import dev.converge.error.PolicyRefusedException;

/**
 * Runs plan, apply or drift on many targets with at most {@code parallel} at once. Targets start in the given
 * order; after the first failure (an error or a policy refusal) no new target starts unless {@code keepGoing},
 * and those left are reported as skipped. Results come back in the given order, whatever order they finished in.
 */
public final class MultiTargetRun {

    /** The work on one target; a ConvergeException is that target's failure, not the run's. */
    public interface Task {
        TargetOutcome run(NamedTarget target);
    }

    public record Result(NamedTarget target, TargetOutcome outcome, Duration time) {
    }

    private final int parallel;
    private final boolean keepGoing;

    public MultiTargetRun(int parallel, boolean keepGoing) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1");
        }
        this.parallel = parallel;
        this.keepGoing = keepGoing;
    }

    /** Runs every target; {@code finished} sees each result as soon as its target ends (from a worker thread). */
    public List<Result> run(List<NamedTarget> targets, Task task, Consumer<Result> finished) {
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, targets.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "converge-target");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (NamedTarget target : targets) {
                futures.add(pool.submit(() -> {
                    Result result = failed.get() && !keepGoing
                            ? new Result(target, TargetOutcome.of(TargetOutcome.Kind.SKIPPED, 0), Duration.ZERO)
                            : runOne(target, task);
                    if (result.outcome().kind().failure()) {
                        failed.set(true);
                    }
                    finished.accept(result);
                    return result;
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConvergeException("interrupted while running on " + targets.size() + " targets", e);
        } catch (ExecutionException e) {
            throw new ConvergeException("running on several targets: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result runOne(NamedTarget target, Task task) {
        long start = System.nanoTime();
        TargetOutcome outcome;
        try {
            outcome = task.run(target);
        } catch (PolicyRefusedException e) {
            outcome = new TargetOutcome(TargetOutcome.Kind.REFUSED, 0, e.getMessage());
        } catch (ConvergeException e) {
            outcome = new TargetOutcome(TargetOutcome.Kind.FAILED, 0, e.getMessage());
        } catch (RuntimeException e) {
            outcome = new TargetOutcome(TargetOutcome.Kind.FAILED, 0, "internal error (please report it): " + e);
        }
        return new Result(target, outcome, Duration.ofNanos(System.nanoTime() - start));
    }
}
