package dev.converge.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.DesiredStateException;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.model.ObjectKind;
import dev.converge.source.CheckReparse;
import dev.converge.source.CircularForeignKeys;
import dev.converge.source.DefinitionSites;
import dev.converge.source.DesiredFiles;
import dev.converge.source.DesiredStateLoader;
import dev.converge.source.DesiredStatements;
import dev.converge.source.ParallelLoader;
import dev.converge.source.RenameHints;
import dev.converge.source.SchemaPreparation;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlStatement;
import dev.converge.source.dev.DevDatabase;
import dev.converge.model.Plural;

/**
 * Reads desired-state files the one way Converge knows: load them into a temporary dev database and read that back
 * with the same inspector that reads the target, so PostgreSQL decides what every type, default and name looks
 * like. The dev database is always dropped afterwards.
 */
public final class DesiredStateReader {

    private final Progress progress;
    private final DesiredStateCache cache;
    private final boolean refuseEmpty;
    private java.util.function.Consumer<Set<String>> beforeReading = schemas -> { };

    public DesiredStateReader(Progress progress) {
        this(progress, null);
    }

    /** @param cache where to remember normalised desired states, or null to always load through the dev database */
    public DesiredStateReader(Progress progress, DesiredStateCache cache) {
        this(progress, cache, false);
    }

    /**
     * @param refuseEmpty whether a desired state without a single statement is an error ({@link EmptyDesiredState}),
     *     as it is for plan, apply and drift unless the user allows it
     */
    public DesiredStateReader(Progress progress, DesiredStateCache cache, boolean refuseEmpty) {
        this.progress = progress;
        this.cache = cache;
        this.refuseEmpty = refuseEmpty;
    }

    /**
     * Tells {@code listener} which schemas the desired state will likely manage, once its files are split and before
     * it is read from the cache or loaded: the target can be inspected meanwhile ({@link EarlyInspection}). Empty
     * when there is no good guess.
     */
    DesiredStateReader beforeReading(java.util.function.Consumer<Set<String>> listener) {
        this.beforeReading = listener;
        return this;
    }

    /**
     * @param devServer the server on which to create the temporary database
     * @param explicitSchemas the schemas given with --schema; empty means "those the desired state uses"
     * @param targetSchemas the schemas that exist on the target: the desired state may use them without
     *        creating them
     * @param searchPath the target session's effective search path, so unqualified names resolve as there
     */
    public DesiredState read(List<Path> paths, ConnectionSpec devServer, Set<String> explicitSchemas,
                             Set<String> targetSchemas, List<String> searchPath) {
        return read(paths, new NormalisingServer.Fixed(devServer), explicitSchemas, targetSchemas, searchPath);
    }

    /** Like the other, on a server {@link DevServers} chose: a private one is started only on a cache miss. */
    DesiredState read(List<Path> paths, NormalisingServer devServer, Set<String> explicitSchemas,
                      Set<String> targetSchemas, List<String> searchPath) {
        List<SourceFile> files = DesiredFiles.discover(paths);
        List<SqlStatement> statements = statementsOf(files);
        if (refuseEmpty && statements.isEmpty()) {
            throw EmptyDesiredState.error(paths, files);
        }
        Set<String> created = SchemaPreparation.createdBy(statements);
        beforeReading.accept(likelySchemas(explicitSchemas, created, statements, searchPath));
        Set<String> borrowed = new TreeSet<>(targetSchemas);
        borrowed.removeAll(created);
        borrowed.remove("public");
        Optional<DesiredState> cached = cached(statements, devServer, explicitSchemas, borrowed, searchPath);
        if (cached.isPresent()) {
            return cached.get();
        }
        NormalisingServer server = devServer.readyFor(statements, progress);
        if (server != devServer) {
            cached = cached(statements, server, explicitSchemas, borrowed, searchPath);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        DesiredState loaded;
        try {
            loaded = load(statements, server, explicitSchemas, borrowed, searchPath);
        } catch (DesiredStateException e) {
            NormalisingServer fallback = server.fallback();
            if (fallback == null || !LoadOnTarget.wouldHelp(e)) {
                throw e;
            }
            progress.notice("normalising the desired state on the target's server " + fallback.describe()
                    + " instead of " + server.describe() + ", which could not load it: "
                    + e.getMessage().lines().findFirst().orElse(""));
            server = fallback;
            loaded = load(statements, server, explicitSchemas, borrowed, searchPath);
        }
        if (cache != null) {
            cache.put(cacheKey(statements, server, explicitSchemas, borrowed, searchPath),
                    new DesiredStateCache.Entry(loaded.catalog(), List.copyOf(loaded.schemas().stream().sorted()
                            .toList()), loaded.unmanagedObjects()));
        }
        return loaded;
    }

    /** The cache entry for loading on {@code server}, if any (a server reached by URL is asked its version). */
    private Optional<DesiredState> cached(List<SqlStatement> statements, NormalisingServer server,
                                          Set<String> explicitSchemas, Set<String> borrowed, List<String> searchPath) {
        if (cache == null) {
            return Optional.empty();
        }
        var hit = cache.get(cacheKey(statements, server, explicitSchemas, borrowed, searchPath));
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        progress.step("using the cached normalised desired state (unchanged files; --no-cache to reload)");
        return Optional.of(new DesiredState(hit.get().catalog(), new TreeSet<>(hit.get().schemas()),
                hit.get().unmanagedObjects(), statements.size(), RenameHints.in(statements),
                DefinitionSites.in(statements)));
    }

    private DesiredState load(List<SqlStatement> statements, NormalisingServer server, Set<String> explicitSchemas,
                              Set<String> borrowed, List<String> searchPath) {
        progress.step("loading " + Plural.of(statements.size(), "desired-state statement")
                + " into a temporary database on " + server.describe());
        try (DevDatabase dev = server.createDatabase()) {
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
            List<SqlStatement> loading = CircularForeignKeys.detach(statements);
            List<SqlStatement> rest = ParallelLoader.runFirstRound(loading,
                    ParallelLoader.connectionsFor(loading.size()), () -> {
                        Connection session = dev.spec().open();
                        SchemaPreparation.useSearchPath(session, searchPath);
                        return session;
                    });
            new DesiredStateLoader(connection).load(rest);
            CatalogInspector inspector = new CatalogInspector(connection, dev.spec()::open);
            Set<String> schemas = scope(explicitSchemas, inspector.schemasInUse(borrowed), statements, searchPath);
            refuseObjectsOutside(inspector.objectsOutside(schemas), schemas, explicitSchemas);
            progress.step("reading the desired state back (" + String.join(", ", schemas) + ")");
            Catalog catalog = CheckReparse.of(connection, inspector.inspect(schemas));
            if (!explicitSchemas.isEmpty()) {
                catalog = withoutForgottenSchemas(catalog, borrowed, inspector.schemasInUse(borrowed),
                        SchemaPreparation.createdBy(statements));
            }
            return new DesiredState(catalog, schemas,
                    inspector.unmanagedObjects(schemas),
                    statements.size(), RenameHints.in(statements), DefinitionSites.in(statements));
        } catch (SQLException e) {
            throw new DesiredStateException("closing the dev database connection: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /**
     * With --schema, a schema of the target that the desired state neither creates nor puts anything in is no
     * longer desired: it was only created in the dev database so that the desired state could use it. Left in the
     * desired catalog it would never be dropped. Schema {@code public} stays: every database has it.
     */
    private static Catalog withoutForgottenSchemas(Catalog catalog, Set<String> borrowed, Set<String> inUse,
                                                   Set<String> created) {
        Set<String> forgotten = new TreeSet<>(borrowed);
        forgotten.removeAll(inUse);
        forgotten.removeAll(created);
        forgotten.remove("public");
        if (forgotten.isEmpty()) {
            return catalog;
        }
        return catalog.toBuilder()
                .schemas(catalog.schemas().stream().filter(s -> !forgotten.contains(s.name())).toList())
                .grants(catalog.grants().stream().filter(g -> g.object().kind() != ObjectKind.SCHEMA
                        || !forgotten.contains(g.object().name().schema())).toList())
                .build();
    }

    /**
     * Everything the normalised desired state depends on: the statements in order, the options and target facts
     * that shape the load, and the dev server (its version and locale decide how PostgreSQL prints definitions; its
     * user owns what is created). The catalog read from a cache entry is therefore the one loading would give.
     */
    private static String cacheKey(List<SqlStatement> statements, NormalisingServer devServer,
                                   Set<String> explicitSchemas, Set<String> borrowed, List<String> searchPath) {
        DesiredStateCache.KeyBuilder key = new DesiredStateCache.KeyBuilder()
                .add(devServer.identity())
                .add(List.copyOf(new TreeSet<>(explicitSchemas)))
                .add(List.copyOf(borrowed))
                .add(searchPath)
                .add(Integer.toString(statements.size()));
        for (SqlStatement statement : statements) {
            key.add(statement.sql());
        }
        return key.key();
    }

    /**
     * What {@link #scope} will likely say before the load: the schemas given with --schema (exactly); else those the
     * desired state creates; else, when it creates none, the first schema of the search path (where its unqualified
     * objects go). A desired state that also puts objects in schemas it does not create makes the guess wrong, which
     * costs one more inspection of the target, nothing else.
     */
    private static Set<String> likelySchemas(Set<String> explicitSchemas, Set<String> created,
                                             List<SqlStatement> statements, List<String> searchPath) {
        if (!explicitSchemas.isEmpty()) {
            return new TreeSet<>(explicitSchemas);
        }
        if (!created.isEmpty() || statements.isEmpty() || searchPath.isEmpty()) {
            return new TreeSet<>(created);
        }
        return new TreeSet<>(Set.of(searchPath.get(0)));
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
        return statementsOf(DesiredFiles.discover(paths));
    }

    private static List<SqlStatement> statementsOf(List<SourceFile> files) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SourceFile file : files) {
            statements.addAll(DesiredStatements.of(file));
        }
        return statements;
    }
}
