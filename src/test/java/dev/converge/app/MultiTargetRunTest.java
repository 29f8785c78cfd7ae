package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.converge.app.TargetOutcome.Kind;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.error.ConvergeException;
import dev.converge.error.PolicyRefusedException;

/** Bounded parallelism, stop-after-failure, --keep-going and the worst exit code. */
class MultiTargetRunTest {

    private static List<NamedTarget> targets(int count) {
        ConnectionSpecParser parser = new ConnectionSpecParser(java.util.Map.of());
        return IntStream.range(0, count).mapToObj(i -> new NamedTarget("t" + i,
                new Target(parser.parse("postgresql://u@h/db" + i), List.of(Path.of("x")), Set.of(), null)))
                .toList();
    }

    @Test
    void neverRunsMoreThanParallelAtOnceAndKeepsTheOrder() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<MultiTargetRun.Result> results = new MultiTargetRun(3, false).run(targets(10), target -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(30);
            running.decrementAndGet();
            return TargetOutcome.of(Kind.CHANGES, Integer.parseInt(target.name().substring(1)));
        }, result -> { });
        assertThat(most.get()).isBetween(2, 3);
        assertThat(results).extracting(r -> r.target().name())
                .containsExactly("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9");
        assertThat(results).extracting(r -> r.outcome().changes()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(TargetOutcome.worstExitCode(results.stream().map(MultiTargetRun.Result::outcome).toList()))
                .isEqualTo(2);
    }

    @Test
    void stopsStartingTargetsAfterAFailure() {
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        List<MultiTargetRun.Result> results = new MultiTargetRun(1, false).run(targets(4), target -> {
            started.add(target.name());
            if (target.name().equals("t1")) {
                throw new ConvergeException("connecting to h: refused");
            }
            return TargetOutcome.of(Kind.NO_CHANGES, 0);
        }, result -> { });
        assertThat(started).containsExactly("t0", "t1");
        assertThat(results).extracting(r -> r.outcome().kind())
                .containsExactly(Kind.NO_CHANGES, Kind.FAILED, Kind.SKIPPED, Kind.SKIPPED);
        assertThat(results.get(1).outcome().message()).isEqualTo("connecting to h: refused");
        assertThat(TargetOutcome.worstExitCode(results.stream().map(MultiTargetRun.Result::outcome).toList()))
                .isEqualTo(1);
    }

    @Test
    void keepGoingRunsEveryTargetAndTheWorstCodeWins() {
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        List<MultiTargetRun.Result> results = new MultiTargetRun(2, true).run(targets(4), target -> {
            switch (target.name()) {
                case "t0" -> throw new PolicyRefusedException("refusing to apply");
                case "t2" -> {
                    return TargetOutcome.of(Kind.DRIFT, 3);
                }
                default -> {
                    return TargetOutcome.of(Kind.APPLIED, 1);
                }
            }
        }, result -> finished.add(result.target().name()));
        assertThat(finished).containsExactlyInAnyOrder("t0", "t1", "t2", "t3");
        assertThat(results).extracting(r -> r.outcome().kind())
                .containsExactly(Kind.REFUSED, Kind.APPLIED, Kind.DRIFT, Kind.APPLIED);
        assertThat(TargetOutcome.worstExitCode(results.stream().map(MultiTargetRun.Result::outcome).toList()))
                .isEqualTo(3);
    }

    @Test
    void worstExitCodeOrdersErrorOverRefusedOverChanges() {
        assertThat(TargetOutcome.worstExitCode(List.of())).isZero();
        assertThat(TargetOutcome.worstExitCode(List.of(TargetOutcome.of(Kind.APPLIED, 1),
                TargetOutcome.of(Kind.SKIPPED, 0)))).isZero();
        assertThat(TargetOutcome.worstExitCode(List.of(TargetOutcome.of(Kind.FAILED, 0),
                TargetOutcome.of(Kind.REFUSED, 0), TargetOutcome.of(Kind.CHANGES, 2)))).isEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
