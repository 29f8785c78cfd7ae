package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dev.converge.apply.SchemaCopy;
import dev.converge.diff.Differ;
import dev.converge.error.DevDatabaseException;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Identity;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.plan.Planner;
import dev.converge.source.CurrentCheckReparse;
import dev.converge.source.CurrentExpressionReprint;
import dev.converge.source.dev.DevDatabase;

/**
 * The current catalog as the differ compares it: with the second print of each check or exclusion constraint that
 * matches no desired one ({@link CurrentCheckReparse}), and the desired print of each other expression (index,
 * default, domain, policy, trigger, view, rule) that differs from the desired one by PostgreSQL's second print only
 * ({@link CurrentExpressionReprint}). The scratch database they need is only created when there is such a check or
 * expression; it gets the current state's schemas, types, domains, functions and other defined objects first, as far
 * as they build there, so that a check on a column of a user type (an enum, a domain) or one calling a user function
 * parses there as on the target; and the tables and views that differing view queries and rules read.
 */
final class CurrentSecondPrints {

    private CurrentSecondPrints() {
    }

    static Catalog of(Catalog current, Catalog desired, NormalisingServer devServer, Progress progress) {
        boolean checks = CurrentCheckReparse.needed(current, desired);
        boolean expressions = CurrentExpressionReprint.needed(current, desired);
        if (!checks && !expressions) {
            return current;
        }
        NormalisingServer server = devServer.readyFor(Set.copyOf(current.extensionsByName().keySet()),
                "re-reading the current expressions", progress);
        progress.step("re-reading the current expressions that differ from the desired ones on "
                + server.describe());
        try (DevDatabase scratch = server.createDatabase(); Connection connection = scratch.spec().open()) {
            SchemaCopy.buildWhatYouCan(connection, Planner.plan(Differ.diff(Catalog.empty(), typesOf(current,
                    CurrentExpressionReprint.relationsRead(current, desired)),
                    List.of(), Differ.Context.DATABASES)));
            Catalog reparsed = checks ? CurrentCheckReparse.of(connection, current, desired) : current;
            return expressions ? CurrentExpressionReprint.of(connection, reparsed, desired) : reparsed;
        } catch (SQLException e) {
            throw new DevDatabaseException("closing the scratch database connection: " + e.getMessage(),
                    e.getMessage(), e.getSQLState());
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
