package dev.converge.lint.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.lint.PlanFacts;
import dev.converge.model.Catalog;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.plan.Phase;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject.Kind;

/**
 * The plan's statements as the plan rules look them up: by the kind and name each statement says it changes
 * ("column public.orders.total"), and the live table a statement works on (the longest table name its object name
 * starts with; an index's table). Only statements of the phases being checked are seen.
 */
final class PlanStatements {

    private final List<Statement> statements;
    private final Map<String, QualifiedName> tables = new HashMap<>();

    PlanStatements(PlanFacts facts) {
        this.statements = facts.plan().statements().stream().filter(s -> facts.phases().contains(s.phase()))
                .toList();
        Catalog current = facts.current();
        for (Table table : current.tables()) {
            tables.put(table.name().toString(), table.name());
            for (Index index : table.indexes()) {
                tables.put(index.qualifiedName().toString(), table.name());
            }
        }
    }

    List<Statement> all() {
        return statements;
    }

    /** The statements that change {@code kind} {@code name} with {@code action}. */
    List<Statement> of(Kind kind, String name, Statement.Action action) {
        return statements.stream().filter(s -> s.subject().kind() == kind && s.subject().name().equals(name)
                && s.action() == action).toList();
    }

    /** The phases of those statements, for messages: {@code contract}, {@code expand, contract}. */
    static String phases(List<Statement> found) {
        Set<String> labels = new TreeSet<>();
        found.forEach(s -> labels.add(s.phase().label()));
        return String.join(", ", labels);
    }

    static boolean inExpand(List<Statement> found) {
        return found.stream().anyMatch(s -> s.phase() == Phase.EXPAND);
    }

    /** The existing table a statement works on, or null (a new table, a type, a function...). */
    QualifiedName table(Statement statement) {
        String name = statement.subject().name();
        for (int end = name.length(); end > 0; end--) {
            if (end == name.length() || name.charAt(end) == '.') {
                QualifiedName table = tables.get(name.substring(0, end));
                if (table != null) {
                    return table;
                }
            }
        }
        return null;
    }
}
