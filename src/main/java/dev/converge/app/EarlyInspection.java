package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import dev.converge.connect.ConnectionSpec;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;

/**
 * The target inspected while the desired state is read (loaded into the dev database, or decoded from the cache),
 * on connections of its own: the two do not depend on each other, and the load is the longest step of a cold plan.
 * Which schemas to read is only known once the desired state is loaded, so the inspection reads the schemas the desired state is likely to manage (see
 * {@link DesiredStateReader}); its result is used only when those are exactly the managed ones, otherwise the target
 * is inspected again as before. Either way the catalog is the one an inspection after the load would read, as of a
 * few seconds earlier.
 */
final class EarlyInspection implements AutoCloseable {

    private final ConnectionSpec database;
    private final Progress progress;
    private Set<String> schemas;
    private CompletableFuture<Catalog> result;

    EarlyInspection(ConnectionSpec database, Progress progress) {
        this.database = database;
        this.progress = progress;
    }

    /** Starts reading {@code likely} on another thread; nothing when they are not known. */
    void start(Set<String> likely) {
        if (likely.isEmpty() || result != null) {
            return;
        }
        schemas = new TreeSet<>(likely);
        progress.step("inspecting " + database + " while reading the desired state");
        result = CompletableFuture.supplyAsync(this::inspect, runnable -> {
            Thread thread = new Thread(runnable, "converge-early-inspection");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * The catalog read early, when it covers exactly {@code managed}. Empty when nothing was started, the schemas
     * differ, or the early read failed: the caller then inspects on its own connection, which reports any error.
     */
    Optional<Catalog> catalogFor(Set<String> managed) {
        if (result == null || !schemas.equals(new TreeSet<>(managed))) {
            return Optional.empty();
        }
        try {
            return Optional.of(result.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Catalog inspect() {
        try (Connection connection = database.open()) {
            return new CatalogInspector(connection, database::open).inspect(schemas);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a read still running, so that its connections are closed when the plan is done. */
    @Override
    public void close() {
        if (result != null) {
            try {
                result.get();
            } catch (ExecutionException e) {
                // reported, if it matters, by the inspection on the caller's connection
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
