package dev.converge.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.model.Catalog;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.TableOptions;
import dev.converge.model.Trigger;

/**
 * The parts of a catalog that belong to a table or view but are listed catalog-wide (triggers, policies, table
 * options), grouped by relation once: looking them up per relation by scanning the whole catalog made every report
 * quadratic in the number of tables (seconds at 5,000 tables).
 */
record RelationParts(Map<QualifiedName, List<Trigger>> triggers, Map<QualifiedName, List<Policy>> policies,
                     Map<QualifiedName, TableOptions> options) {

    static RelationParts of(Catalog catalog) {
        Map<QualifiedName, List<Trigger>> triggers = new HashMap<>();
        catalog.triggers().forEach(t -> triggers.computeIfAbsent(t.table(), k -> new ArrayList<>()).add(t));
        Map<QualifiedName, List<Policy>> policies = new HashMap<>();
        catalog.policies().forEach(p -> policies.computeIfAbsent(p.table(), k -> new ArrayList<>()).add(p));
        return new RelationParts(triggers, policies, catalog.tableOptionsByTable());
    }

    /** The relation's triggers, in catalog order. */
    List<Trigger> triggersOf(QualifiedName relation) {
        return triggers.getOrDefault(relation, List.of());
    }

    /** The table's policies, in catalog order. */
    List<Policy> policiesOf(QualifiedName table) {
        return policies.getOrDefault(table, List.of());
    }

    /** The table's options, or null when they are the defaults. */
    TableOptions optionsOf(QualifiedName table) {
        return options.get(table);
    }
}
