package dev.converge.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.converge.error.ConvergeException;
import dev.converge.error.DesiredStateException;
import dev.converge.source.StatementFootprint.Role;

/**
 * The first round of loading a large desired state on several connections at once: statements with no dependency
 * between them (most CREATE TABLE and CREATE INDEX statements of a large schema) run in parallel, the others in file
 * order. Dependencies come from {@link StatementFootprint}: a statement waits for every earlier statement that
 * defines or changes a name it mentions, and a statement that changes a name waits for every earlier statement
 * mentioning it. The round stops at the first statement that belongs to the loading session (SET, DO, DML...).
 *
 * <p>It reports no error itself: every statement that failed here (a dependency the footprint missed, a deadlock
 * between connections, a real error) and every statement it did not reach is returned, in file order, for
 * {@link DesiredStateLoader} to run on the main connection, which defers, retries and reports exactly as it does
 * for a whole desired state. Statements go in batches, one implicit transaction each, as there; a failed batch is
 * run again one statement at a time.
 */
public final class ParallelLoader {

    /** Below this many statements, extra connections cost more than they save. */
    static final int MIN_STATEMENTS = 400;
    private static final int BATCH_STATEMENTS = 50;
    private static final int BATCH_CHARS = 128 * 1024;

    /** Opens a connection to the dev database with the loading session's settings (search path). */
    @FunctionalInterface
    public interface SessionFactory {
        Connection open() throws SQLException;
    }

    private final List<SqlStatement> statements;
    /** Leading SET statements (pg_dump's preamble, {@code SET client_min_messages}): run on every connection. */
    private final List<SqlStatement> prelude = new ArrayList<>();
    private final int[] waitingFor;
    private final List<List<Integer>> dependents;
    private final int end;
    private final PriorityQueue<Integer> ready = new PriorityQueue<>();
    private final BitSet succeeded = new BitSet();
    private int running;
    private int finished;
    private boolean aborted;

    private ParallelLoader(List<SqlStatement> statements) {
        this.statements = statements;
        this.waitingFor = new int[statements.size()];
        this.dependents = new ArrayList<>(statements.size());
        this.end = plan();
    }

    /**
     * How many connections pay at this size: one (no parallel round) for small desired states; measured on a
     * private server on 2 cores, see docs/performance.md. {@code CONVERGE_LOAD_CONNECTIONS} overrides it.
     */
    public static int connectionsFor(int statements) {
        String forced = System.getenv("CONVERGE_LOAD_CONNECTIONS");
        if (forced != null && forced.matches("\\d+")) {
            return Math.max(1, Integer.parseInt(forced));
        }
        if (statements < MIN_STATEMENTS) {
            return 1;
        }
        return Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs what it can of {@code statements} on {@code connections} connections from {@code sessions}.
     *
     * @return the statements left for the sequential loader (failed or not reached), in file order
     */
    public static List<SqlStatement> runFirstRound(List<SqlStatement> statements, int connections,
                                                   SessionFactory sessions) {
        if (connections < 2 || statements.size() < 2) {
            return statements;
        }
        return new ParallelLoader(statements).run(connections, sessions);
    }

    /** Builds the dependency graph of the statements before the first session statement; returns that index. */
    private int plan() {
        List<StatementFootprint> footprints = new ArrayList<>(statements.size());
        Set<String> defined = new HashSet<>();
        int stop = statements.size();
        boolean leading = true;
        for (int i = 0; i < statements.size(); i++) {
            StatementFootprint footprint = StatementFootprint.of(statements.get(i));
            leading = leading && footprint.role() == Role.SESSION && StatementFootprint.isSetting(statements.get(i));
            if (leading) {
                prelude.add(statements.get(i));
                footprint = new StatementFootprint(Role.SESSION, Set.of(), Set.of());
            } else if (footprint.role() == Role.SESSION) {
                stop = i;
                break;
            }
            footprints.add(footprint);
            defined.addAll(footprint.writes());
        }
        Map<String, Integer> lastWriter = new HashMap<>();
        Map<String, List<Integer>> readersSince = new HashMap<>();
        int lastBarrier = -1;
        List<Integer> sinceBarrier = new ArrayList<>();
        for (int i = 0; i < stop; i++) {
            dependents.add(new ArrayList<>());
            StatementFootprint footprint = footprints.get(i);
            if (i < prelude.size()) {
                continue; // not run here (the sequential loader runs it again), but on every connection first
            }
            Set<Integer> after = new HashSet<>();
            if (footprint.role() == Role.BARRIER) {
                after.addAll(sinceBarrier);
                sinceBarrier.clear();
                lastBarrier = i;
            } else {
                if (lastBarrier >= 0) {
                    after.add(lastBarrier);
                }
                sinceBarrier.add(i);
                for (String name : footprint.mentions()) {
                    if (!defined.contains(name) || footprint.writes().contains(name)) {
                        continue;
                    }
                    Integer writer = lastWriter.get(name);
                    if (writer != null) {
                        after.add(writer);
                    }
                    readersSince.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
                }
                for (String name : footprint.writes()) {
                    Integer writer = lastWriter.get(name);
                    if (writer != null) {
                        after.add(writer);
                    }
                    List<Integer> readers = readersSince.remove(name);
                    if (readers != null) {
                        after.addAll(readers);
                    }
                    lastWriter.put(name, i);
                }
            }
            after.remove(i);
            waitingFor[i] = after.size();
            for (int before : after) {
                dependents.get(before).add(i);
            }
            if (after.isEmpty()) {
                ready.add(i);
            }
        }
        return stop;
    }

    private List<SqlStatement> run(int connections, SessionFactory sessions) {
        if (end - prelude.size() < 2) {
            return statements;
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections, runnable -> {
            Thread thread = new Thread(runnable, "converge-load");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                workers.add(pool.submit(() -> work(sessions)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DesiredStateException("loading the desired state: interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConvergeException converge) {
                throw converge;
            }
            if (cause instanceof SQLException sql) {
                throw new DesiredStateException("loading the desired state: " + sql.getMessage(), sql.getSQLState(),
                        sql);
            }
            throw new IllegalStateException("loading the desired state in parallel", cause);
        } finally {
            pool.shutdownNow();
        }
        List<SqlStatement> left = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (!succeeded.get(i)) {
                left.add(statements.get(i));
            }
        }
        return left;
    }

    private Void work(SessionFactory sessions) throws SQLException {
        try (Connection connection = sessions.open(); Statement jdbc = connection.createStatement()) {
            connection.setAutoCommit(true);
            jdbc.setEscapeProcessing(false);
            jdbc.execute("SET synchronous_commit = off");
            for (SqlStatement setting : prelude) {
                jdbc.execute(setting.sql());
            }
            List<Integer> batch;
            while (!(batch = take()).isEmpty()) {
                BitSet batchFailed = runBatch(jdbc, batch);
                done(batch, batchFailed);
            }
        } catch (SQLException | RuntimeException e) {
            abort();
            throw e;
        }
        return null;
    }

    /** A worker failed (its connection ended): the others stop taking work. */
    private synchronized void abort() {
        aborted = true;
        notifyAll();
    }

    /** The next batch of ready statements, lowest first; waits while others run; empty when all are done. */
    private synchronized List<Integer> take() {
        while (!aborted && ready.isEmpty() && finished < end - prelude.size() && running > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        List<Integer> batch = new ArrayList<>();
        if (aborted) {
            return batch;
        }
        int chars = 0;
        while (!ready.isEmpty() && batch.size() < BATCH_STATEMENTS
                && (batch.isEmpty() || chars + statements.get(ready.peek()).sql().length() <= BATCH_CHARS)) {
            int next = ready.poll();
            chars += statements.get(next).sql().length();
            batch.add(next);
        }
        running += batch.size();
        return batch;
    }

    private synchronized void done(List<Integer> batch, BitSet batchFailed) {
        for (int k = 0; k < batch.size(); k++) {
            int i = batch.get(k);
            if (!batchFailed.get(k)) {
                succeeded.set(i);
            }
            running--;
            finished++;
            for (int dependent : dependents.get(i)) {
                if (--waitingFor[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        notifyAll();
    }

    /** Runs the batch as one transaction, else one statement at a time; returns which failed (by position). */
    private BitSet runBatch(Statement jdbc, List<Integer> batch) throws SQLException {
        BitSet batchFailed = new BitSet();
        if (batch.size() > 1) {
            StringBuilder sql = new StringBuilder();
            for (int i : batch) {
                sql.append(statements.get(i).sql()).append("\n;\n");
            }
            try {
                jdbc.execute(sql.toString());
                return batchFailed;
            } catch (SQLException e) {
                rethrowIfConnectionEnded(e);
            }
        }
        for (int k = 0; k < batch.size(); k++) {
            try {
                jdbc.execute(statements.get(batch.get(k)).sql());
            } catch (SQLException e) {
                rethrowIfConnectionEnded(e);
                batchFailed.set(k);
            }
        }
        return batchFailed;
    }

    /** A lost connection is no statement's fault; the caller reports it as the dev database's. */
    private static void rethrowIfConnectionEnded(SQLException e) throws SQLException {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            throw e;
        }
    }
}
