package dev.converge.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.DesiredStateException;
import dev.converge.error.DevDatabaseException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.source.CheckReparse;
import dev.converge.source.DefinitionSites;
import dev.converge.source.DesiredFiles;
import dev.converge.source.DesiredStateLoader;
import dev.converge.source.DesiredStatements;
import dev.converge.source.RenameHints;
import dev.converge.source.SchemaPreparation;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlStatement;
import dev.converge.source.dev.DevDatabase;

/**
 * Reads desired-state files the one way Converge knows: load them into a temporary dev database and read that back
 * with the same inspector that reads the target, so PostgreSQL decides what every type, default and name looks
 * like. The dev database is always dropped afterwards.
 */
public final class DesiredStateReader {

    private final Progress progress;
    private final DesiredStateCache cache;

    public DesiredStateReader(Progress progress) {
        this(progress, null);
    }

    /** @param cache where to remember normalised desired states, or null to always load through the dev database */
    public DesiredStateReader(Progress progress, DesiredStateCache cache) {
        this.progress = progress;
        this.cache = cache;
    }

    /**
     * @param devServer the server on which to create the temporary database (the target's, or --dev-db)
     * @param explicitSchemas the schemas given with --schema; empty means "those the desired state uses"
     * @param targetSchemas the schemas that exist on the target: the desired state may use them without
     *        creating them
     * @param searchPath the target session's effective search path, so unqualified names resolve as there
     */
    public DesiredState read(List<Path> paths, ConnectionSpec devServer, Set<String> explicitSchemas,
                             Set<String> targetSchemas, List<String> searchPath) {
        List<SqlStatement> statements = parse(paths);
        Set<String> borrowed = new TreeSet<>(targetSchemas);
        borrowed.removeAll(SchemaPreparation.createdBy(statements));
        borrowed.remove("public");
        String key = cache == null ? null : cacheKey(statements, devServer, explicitSchemas, borrowed, searchPath);
        if (key != null) {
            var hit = cache.get(key);
            if (hit.isPresent()) {
                progress.step("using the cached normalised desired state (unchanged files; --no-cache to reload)");
                return new DesiredState(hit.get().catalog(), new TreeSet<>(hit.get().schemas()),
                        hit.get().unmanagedObjects(), statements.size(), RenameHints.in(statements),
                        DefinitionSites.in(statements));
            }
        }
        DesiredState loaded = load(statements, devServer, explicitSchemas, borrowed, searchPath);
        if (key != null) {
            cache.put(key, new DesiredStateCache.Entry(loaded.catalog(), List.copyOf(loaded.schemas().stream()
                    .sorted().toList()), loaded.unmanagedObjects()));
        }
        return loaded;
    }

    private DesiredState load(List<SqlStatement> statements, ConnectionSpec devServer, Set<String> explicitSchemas,
                              Set<String> borrowed, List<String> searchPath) {
        progress.step("loading " + statements.size() + " desired-state statements into a temporary database on "
                + devServer.withDatabase("").toString().replaceAll("/$", ""));
        try (DevDatabase dev = DevDatabase.createOn(devServer)) {
            if (!dev.droppedStale().isEmpty()) {
                progress.step("dropped " + dev.droppedStale().size() + " dev database(s) left by killed runs on this "
                        + "host: " + String.join(", ", dev.droppedStale()));
            }
            try {
                return loadInto(dev, statements, explicitSchemas, borrowed, searchPath);
            } catch (ConvergeException e) {
                throw dev.lostOr(e);
            }
        }
    }

    private DesiredState loadInto(DevDatabase dev, List<SqlStatement> statements, Set<String> explicitSchemas,
                                  Set<String> borrowed, List<String> searchPath) {
        try (Connection connection = dev.spec().open()) {
            SchemaPreparation.createBorrowed(connection, borrowed);
            SchemaPreparation.useSearchPath(connection, searchPath);
            new DesiredStateLoader(connection).load(statements);
            CatalogInspector inspector = new CatalogInspector(connection, dev.spec()::open);
            Set<String> schemas = scope(explicitSchemas, inspector.schemasInUse(borrowed), statements, searchPath);
            refuseObjectsOutside(inspector.objectsOutside(schemas), schemas, explicitSchemas);
            progress.step("reading the desired state back (" + String.join(", ", schemas) + ")");
            return new DesiredState(CheckReparse.of(connection, inspector.inspect(schemas)), schemas,
                    inspector.unmanagedObjects(schemas),
                    statements.size(), RenameHints.in(statements), DefinitionSites.in(statements));
        } catch (SQLException e) {
            throw new DesiredStateException("closing the dev database connection: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /**
     * Everything the normalised desired state depends on: the statements in order, the options and target facts
     * that shape the load, and the dev server (its version and locale decide how PostgreSQL prints definitions; its
     * user owns what is created). The catalog read from a cache entry is therefore the one loading would give.
     */
    private static String cacheKey(List<SqlStatement> statements, ConnectionSpec devServer,
                                   Set<String> explicitSchemas, Set<String> borrowed, List<String> searchPath) {
        DesiredStateCache.KeyBuilder key = new DesiredStateCache.KeyBuilder()
                .add(devServer.withDatabase("").toString())
                .add(serverFacts(devServer))
                .add(List.copyOf(new TreeSet<>(explicitSchemas)))
                .add(List.copyOf(borrowed))
                .add(searchPath)
                .add(Integer.toString(statements.size()));
        for (SqlStatement statement : statements) {
            key.add(statement.sql());
        }
        return key.key();
    }

    private static List<String> serverFacts(ConnectionSpec devServer) {
        String sql = "SELECT pg_catalog.version(), current_user, d.datcollate, d.datctype, "
                + "pg_catalog.pg_encoding_to_char(d.encoding) FROM pg_catalog.pg_database d "
                + "WHERE d.datname = 'template0'";
        try (Connection connection = devServer.open(); java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(sql)) {
            List<String> facts = new ArrayList<>();
            while (row.next()) {
                for (int i = 1; i <= 5; i++) {
                    facts.add(row.getString(i));
                }
            }
            return facts;
        } catch (SQLException e) {
            throw new DesiredStateException("reading the version of the dev server " + devServer.withDatabase("")
                    + ": " + devServer.redact(e.getMessage()), e.getSQLState(), e);
        } catch (DevDatabaseException e) {
            throw e;
        } catch (ConvergeException e) {
            // The dev server is reached here first (the cache key); failing to connect is the dev database's
            // failure, so that the message names --dev-db when the user chose that server.
            throw DevDatabase.unreachable(devServer, e);
        }
    }

    /**
     * The managed schemas: those given with --schema; else those the desired state creates or puts objects in;
     * but a desired state without a single statement describes an empty default schema (the first of the target's
     * search path), not nothing at all.
     */
    private static Set<String> scope(Set<String> explicitSchemas, Set<String> inUse, List<SqlStatement> statements,
                                     List<String> searchPath) {
        if (!explicitSchemas.isEmpty()) {
            return new TreeSet<>(explicitSchemas);
        }
        if (statements.isEmpty() && !searchPath.isEmpty()) {
            return new TreeSet<>(Set.of(searchPath.get(0)));
        }
        return new TreeSet<>(inUse);
    }

    /**
     * A desired object that no managed schema holds (one in information_schema, or in a schema --schema leaves
     * out) would be left out of every plan without a word: the user would believe it applied.
     */
    private static void refuseObjectsOutside(List<String> outside, Set<String> schemas, Set<String> explicit) {
        if (outside.isEmpty()) {
            return;
        }
        String shown = String.join(", ", outside.subList(0, Math.min(outside.size(), 5)))
                + (outside.size() > 5 ? " and " + (outside.size() - 5) + " more" : "");
        throw new DesiredStateException("the desired state defines " + shown + " outside the managed schemas ("
                + (schemas.isEmpty() ? "none" : String.join(", ", schemas)) + "): "
                + (explicit.isEmpty() ? "system schemas (pg_*, information_schema) are never managed; "
                    + "put the objects in a schema of their own"
                    : "add their schema with --schema, or remove them from the desired state"));
    }

    /** Splits (or renders, for YAML) every file before any database is touched, so a malformed file fails fast. */
    static List<SqlStatement> parse(List<Path> paths) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SourceFile file : DesiredFiles.discover(paths)) {
            statements.addAll(DesiredStatements.of(file));
        }
        return statements;
    }
}
