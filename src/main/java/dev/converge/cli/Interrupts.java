package dev.converge.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import dev.converge.apply.Interruption;

/**
 * Ctrl-C and SIGTERM during {@code apply}. The JVM's default ends the process at once: the server then keeps running
 * the statement (and holding its locks) until it notices the closed socket, and the user is not told what was
 * committed. Before the plan runs (planning, the confirmation prompt) nothing has changed, so the process ends at
 * once with "cancelled; nothing changed" (shutdown hooks still drop the dev database). Once it runs, the signal
 * asks {@link Interruption} to cancel the running statement; apply then rolls back, records the run as cancelled
 * and reports what was committed, and the command exits 130. sun.misc.Signal is the JDK's only way to handle a
 * signal without shutting down (jdk.unsupported, available on every JDK); where it is not, the default stays.
 */
final class Interrupts implements AutoCloseable {

    private final Interruption interruption = new Interruption();
    private final PrintWriter err;
    private final List<Runnable> restore = new ArrayList<>();
    private int signals;

    private Interrupts(PrintWriter err) {
        this.err = err;
    }

    /** Handles SIGINT and SIGTERM until {@link #close()}, which puts the previous handlers back. */
    static Interrupts install(PrintWriter err) {
        Interrupts interrupts = new Interrupts(err);
        interrupts.handle("INT");
        interrupts.handle("TERM");
        return interrupts;
    }

    Interruption interruption() {
        return interruption;
    }

    private void handle(String name) {
        try {
            Signal signal = new Signal(name);
            SignalHandler previous = Signal.handle(signal, s -> received());
            restore.add(() -> Signal.handle(signal, previous));
        } catch (IllegalArgumentException | LinkageError e) {
            // The signal is reserved here (java -Xrs, an unknown platform): the JVM's default behaviour stays.
        }
    }

    private void received() {
        if (!interruption.armed()) {
            synchronized (err) {
                err.println();
                err.println("converge: cancelled; nothing changed");
                err.flush();
            }
            System.exit(Main.EXIT_INTERRUPTED);
        }
        int count;
        synchronized (this) {
            count = ++signals;
        }
        synchronized (err) {
            err.println();
            err.println(count == 1 ? "converge: interrupt received: cancelling the running statement and waiting "
                    + "for the rollback (interrupt twice more to exit at once)..."
                    : count == 2 ? "converge: still cancelling; interrupt once more to exit without waiting"
                    : "converge: exiting without waiting: the server ends the statement when it notices the closed "
                    + "connection; run 'converge history' to see what was recorded");
            err.flush();
        }
        if (count >= 3) {
            Runtime.getRuntime().halt(Main.EXIT_INTERRUPTED);
        }
        interruption.request();
    }

    @Override
    public void close() {
        restore.forEach(Runnable::run);
    }
}
