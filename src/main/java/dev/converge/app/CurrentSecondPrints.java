package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.apply.SchemaCopy;
import dev.converge.diff.Differ;
import dev.converge.error.DevDatabaseException;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Identity;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;
import dev.converge.plan.Statement;
import dev.converge.source.CurrentCheckReparse;
import dev.converge.source.CurrentExpressionReprint;
import dev.converge.source.SecondPrint;
import dev.converge.source.SecondPrinter;
import dev.converge.source.SecondPrints;
import dev.converge.source.dev.DevDatabase;

/**
 * The current catalog as the differ compares it: with the second print of each check or exclusion constraint that
 * matches no desired one ({@link CurrentCheckReparse}), and the desired print of each other expression (index,
 * default, domain, policy, trigger, view, rule) that differs from the desired one by PostgreSQL's second print only
 * ({@link CurrentExpressionReprint}). The scratch database they need is only created when there is such a check or
 * expression; it gets the current state's schemas, types, domains, functions and other defined objects first, as far
 * as they build there, so that a check on a column of a user type (an enum, a domain) or one calling a user function
 * parses there as on the target; and the tables and views that differing view queries and rules read. The
 * server's answers are remembered ({@link ScratchPrints}): when every question was asked before, no scratch database
 * is created and a private server is not even looked for.
 */
final class CurrentSecondPrints {

    private CurrentSecondPrints() {
    }

    /** @param cache where {@link ScratchPrints} remembers the dev server's answers, or null to ask it every time */
    static Catalog of(Catalog current, Catalog desired, NormalisingServer devServer, DesiredStateCache cache,
                      Progress progress) {
        boolean checks = CurrentCheckReparse.needed(current, desired);
        boolean expressions = CurrentExpressionReprint.needed(current, desired);
        if (!checks && !expressions) {
            return current;
        }
        Plan setup = Planner.plan(Differ.diff(Catalog.empty(), typesOf(current,
                CurrentExpressionReprint.relationsRead(current, desired)), List.of(), Differ.Context.DATABASES));
        try (Scratch scratch = new Scratch(current, devServer, setup, progress)) {
            ScratchPrints cached = cache == null ? null : new ScratchPrints(cache.directory(), devServer.identity(),
                    setup.statements().stream().map(Statement::sql).toList(), () -> scratch);
            SecondPrinter printer = cached == null ? scratch : cached;
            Catalog reparsed = checks ? CurrentCheckReparse.of(printer, current, desired) : current;
            Catalog compared = expressions ? CurrentExpressionReprint.of(printer, reparsed, desired) : reparsed;
            if (cached != null) {
                cached.save();
            }
            return compared;
        }
    }

    /**
     * The scratch database on the dev server, created with the current state's types on the first question (never,
     * when {@link ScratchPrints} knows every answer).
     */
    private static final class Scratch implements ScratchPrints.Answerer, AutoCloseable {
        private final Catalog current;
        private final NormalisingServer devServer;
        private final Plan setup;
        private final Progress progress;
        private NormalisingServer server;
        private DevDatabase database;
        private Connection connection;

        Scratch(Catalog current, NormalisingServer devServer, Plan setup, Progress progress) {
            this.current = current;
            this.devServer = devServer;
            this.setup = setup;
            this.progress = progress;
        }

        @Override
        public Map<String, String> secondPrints(List<SecondPrint> prints, String what) {
            if (connection == null) {
                open();
            }
            return SecondPrints.of(connection, prints, what);
        }

        @Override
        public List<String> identity() {
            return (server == null ? devServer : server).identity();
        }

        private void open() {
            server = devServer.readyFor(Set.copyOf(current.extensionsByName().keySet()),
                    "re-reading the current expressions", progress);
            progress.step("re-reading the current expressions that differ from the desired ones on "
                    + server.describe());
            database = server.createDatabase();
            try {
                connection = database.spec().open();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            SchemaCopy.buildWhatYouCan(connection, setup);
        }

        @Override
        public void close() {
            try (DevDatabase created = database) {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException e) {
                throw new DevDatabaseException("closing the scratch database connection: " + e.getMessage(),
                        e.getMessage(), e.getSQLState());
            }
        }
    }

    /**
     * A table as a view or rule reads it: its columns' names, types and collations, nothing that could keep it from
     * building in the scratch database (a default from a sequence, a key, a partition bound).
     */
    private static Table columnsOnly(Table table) {
        return new Table(table.name(), false, table.columns().stream().map(c -> new Column(c.name(), c.type(), false,
                null, Identity.NONE, null, c.collation(), null)).toList(), List.of(), List.of(), null);
    }

    /**
     * What columns and expressions may name besides tables (a trigger's function is among the functions), and the
     * tables (their columns only) and views {@code relations} that view queries and rules read: no other table or
     * view, no trigger, policy or grant.
     */
    private static Catalog typesOf(Catalog current, Set<QualifiedName> relations) {
        return Catalog.builder()
                .tables(current.tables().stream().filter(t -> relations.contains(t.name()))
                        .map(CurrentSecondPrints::columnsOnly).toList())
                .views(current.views().stream().filter(v -> relations.contains(v.name())).toList())
                // what orders a view after the views it reads
                .dependencies(current.dependencies())
                .schemas(current.schemas())
                .extensions(current.extensions())
                .enums(current.enums())
                .domains(current.domains())
                .compositeTypes(current.compositeTypes())
                .functions(current.functions())
                .definedObjects(current.definedObjects())
                .build();
    }
}
