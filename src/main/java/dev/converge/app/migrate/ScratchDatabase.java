package dev.converge.app.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import dev.converge.app.DesiredState;
import dev.converge.app.DesiredStateReader;
import dev.converge.app.Progress;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.source.dev.DevDatabase;

/**
 * A temporary database on the dev server where a migration directory is replayed and read back with the same
 * catalog queries as any target, so that the state the migrations produce and the desired state are both
 * described by PostgreSQL. Dropped on close.
 */
final class ScratchDatabase implements AutoCloseable {

    private final DevDatabase database;
    private final MigrateRequest request;
    private final Replay replay;

    ScratchDatabase(MigrateRequest request) {
        this.request = request;
        this.database = DevDatabase.createOn(request.devServer());
        this.replay = new Replay(database.spec(), request.directory());
    }

    Replay replay() {
        return replay;
    }

    /** Replays the up scripts of every migration, in order. */
    void replayAll(MigrationSet set, Progress progress) {
        progress.step("replaying " + set.migrations().size() + " migration(s) of " + set.directory().path()
                + " into a scratch database");
        for (Migration migration : set.migrations()) {
            replay.run(migration.up(), "up");
        }
    }

    /** The desired state, read as plan reads it against this database as the target. */
    DesiredState desired(Progress progress) {
        try (Connection connection = database.spec().open()) {
            CatalogInspector inspector = new CatalogInspector(connection);
            return new DesiredStateReader(progress, request.cache()).read(request.desired(), request.devServer(),
                    request.schemas(), inspector.schemasInUse(), inspector.searchPath());
        } catch (SQLException e) {
            throw new ConvergeException("closing the scratch database connection: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /** The catalog as it is now, in the given schemas, without the objects the project file leaves alone. */
    Catalog inspect(Set<String> schemas) {
        try (Connection connection = database.spec().open()) {
            return request.filter().apply(new CatalogInspector(connection).inspect(schemas));
        } catch (SQLException e) {
            throw new ConvergeException("closing the scratch database connection: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
