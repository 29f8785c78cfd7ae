package dev.converge.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.converge.apply.ApplyListener;
import dev.converge.plan.Statement;

/**
 * What apply shows while its statements run, on standard error. On a terminal: each finished statement with its
 * time, and for a statement still running after {@value #TERMINAL_DELAY_SECONDS} s, an elapsed timer refreshed in
 * place ({@code still running: ALTER TABLE public.orders ... 40s}). Piped (a CI log): a plain line every
 * {@value #PIPED_EVERY_SECONDS} s of a long statement, so a log that stops moving still says what the server is
 * doing. Lock-timeout retries always. Nothing with --quiet ({@link #silent()}).
 */
final class ApplyProgress implements ApplyListener, AutoCloseable {

    static final int TERMINAL_DELAY_SECONDS = 2;
    static final int PIPED_EVERY_SECONDS = 10;
    private static final int SHOWN_SQL = 60;
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private ScheduledExecutorService ticker;
    private ScheduledFuture<?> timer;
    private boolean timerShown;

    ApplyProgress(PrintWriter err, boolean terminal) {
        this(err, terminal, false);
    }

    private ApplyProgress(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** --quiet: nothing at all, not even lock-timeout retries. */
    static ApplyProgress silent() {
        return new ApplyProgress(new PrintWriter(java.io.Writer.nullWriter()), false, true);
    }

    @Override
    public synchronized void starting(int index, int total, Statement statement) {
        stopTimer();
        if (quiet) {
            return;
        }
        long start = System.nanoTime();
        String running = "still running: " + (total > 1 ? "[" + index + "/" + total + "] " : "")
                + abbreviated(statement.sql());
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "converge-statement-timer");
                thread.setDaemon(true);
                return thread;
            });
        }
        long delay = terminal ? TERMINAL_DELAY_SECONDS : PIPED_EVERY_SECONDS;
        long period = terminal ? 1 : PIPED_EVERY_SECONDS;
        timer = ticker.scheduleAtFixedRate(() -> tick(running, start), delay, period, TimeUnit.SECONDS);
    }

    private synchronized void tick(String running, long start) {
        String line = "converge: " + running + " ... " + Elapsed.since(start);
        if (terminal) {
            err.print(CLEAR_LINE + line);
            timerShown = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public synchronized void finished(int index, int total, Statement statement, long millis) {
        stopTimer();
        if (terminal && !quiet) {
            err.printf("  [%d/%d] %s (%s)%n", index, total, statement.summary(), Elapsed.of(millis));
            err.flush();
        }
    }

    @Override
    public synchronized void failed(int index, int total, Statement statement, long millis) {
        stopTimer();
    }

    @Override
    public synchronized void retrying(int index, int total, Statement statement, int attempt, long delayMillis) {
        stopTimer();
        if (quiet) {
            return;
        }
        err.printf("converge: [%d/%d] %s: lock timeout, retry %d in %d ms%n", index, total, statement.summary(),
                attempt, delayMillis);
        err.flush();
    }

    /** Stops the timer of the statement that ended, and takes its line off the terminal. */
    private void stopTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        if (timerShown) {
            err.print(CLEAR_LINE);
            err.flush();
            timerShown = false;
        }
    }

    @Override
    public synchronized void close() {
        stopTimer();
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    /** The statement's first words, up to {@value #SHOWN_SQL} characters, on one line: enough to recognise it. */
    static String abbreviated(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        if (line.length() <= SHOWN_SQL) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SHOWN_SQL);
        return line.substring(0, cut > 0 ? cut : SHOWN_SQL);
    }
}
