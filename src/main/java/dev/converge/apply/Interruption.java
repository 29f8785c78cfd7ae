package dev.converge.apply;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A request, from another thread (the CLI's Ctrl-C / SIGTERM handler), to stop an apply cleanly. Killing the
 * process is not enough: the server would keep running the statement, holding its locks, until it noticed the
 * closed socket. So the running statement gets a cancel request (pgjdbc's {@link Statement#cancel()}, PostgreSQL's
 * cancel protocol on a second connection); the executor then rolls back, stops, and reports what was committed.
 * {@link #arm()} marks the moment from which the target may change: before it, an interrupt needs no cancelling.
 */
public final class Interruption {

    private final Set<Statement> running = new LinkedHashSet<>();
    private boolean armed;
    private boolean requested;

    /** From now on the plan runs: an interrupt cancels it rather than ending the process. */
    public synchronized void arm() {
        armed = true;
    }

    public synchronized boolean armed() {
        return armed;
    }

    public synchronized boolean requested() {
        return requested;
    }

    /** Asks the apply to stop: statements already sent are cancelled, none is started after. */
    public void request() {
        Set<Statement> toCancel;
        synchronized (this) {
            requested = true;
            toCancel = Set.copyOf(running);
        }
        for (Statement statement : toCancel) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // The statement ended meanwhile, or the connection is gone: nothing is left to cancel.
            }
        }
    }

    /** The executor is about to send {@code statement}; false when an interrupt came first (do not send it). */
    synchronized boolean starting(Statement statement) {
        if (requested) {
            return false;
        }
        running.add(statement);
        return true;
    }

    synchronized void ended(Statement statement) {
        running.remove(statement);
    }
}
