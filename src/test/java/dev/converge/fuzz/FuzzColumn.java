package dev.converge.fuzz;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A column of a fuzzed table, changed in place by mutations (a copy per schema version).
 *
 * @param identity null, {@code ALWAYS} or {@code BY DEFAULT}
 * @param generated the expression of a stored generated column, or null
 * @param uses keys of the pieces this column needs (its type's definition, a function or sequence in its default)
 */
record FuzzColumn(String name, ColType type, String defaultExpr, boolean notNull, String identity, String generated,
                  String storage, Set<String> uses) {

    FuzzColumn {
        uses = Set.copyOf(uses);
    }

    static FuzzColumn of(String name, ColType type) {
        Set<String> uses = new LinkedHashSet<>();
        if (type.definedBy() != null) {
            uses.add(type.definedBy());
        }
        return new FuzzColumn(name, type, null, false, null, null, null, uses);
    }

    /** Whether a seeded row gives this column a value (generated and always-identity columns take their own). */
    boolean seeded() {
        return generated == null && !"ALWAYS".equals(identity);
    }

    FuzzColumn withType(ColType newType) {
        Set<String> newUses = new LinkedHashSet<>();
        for (String use : uses) {
            if (!use.equals(type.definedBy())) {
                newUses.add(use);
            }
        }
        if (newType.definedBy() != null) {
            newUses.add(newType.definedBy());
        }
        return new FuzzColumn(name, newType, defaultExpr, notNull, identity, generated, storage, newUses);
    }

    FuzzColumn withDefault(String expr, Set<String> defaultUses) {
        Set<String> newUses = new LinkedHashSet<>();
        if (type.definedBy() != null) {
            newUses.add(type.definedBy());
        }
        newUses.addAll(defaultUses);
        return new FuzzColumn(name, type, expr, notNull, identity, generated, storage, newUses);
    }

    FuzzColumn withNotNull(boolean value) {
        return new FuzzColumn(name, type, defaultExpr, value, identity, generated, storage, uses);
    }

    FuzzColumn withIdentity(String value) {
        return new FuzzColumn(name, type, defaultExpr, notNull || value != null, value, generated, storage, uses);
    }

    FuzzColumn withGenerated(String expr) {
        return new FuzzColumn(name, type, null, notNull, null, expr, storage, uses);
    }

    FuzzColumn withStorage(String value) {
        return new FuzzColumn(name, type, defaultExpr, notNull, identity, generated, value, uses);
    }

    String render() {
        StringBuilder sql = new StringBuilder(Sql.id(name)).append(' ').append(type.sql());
        if (defaultExpr != null) {
            sql.append(" DEFAULT ").append(defaultExpr);
        }
        if (identity != null) {
            sql.append(" GENERATED ").append(identity).append(" AS IDENTITY");
        }
        if (generated != null) {
            sql.append(" GENERATED ALWAYS AS (").append(generated).append(") STORED");
        }
        if (notNull) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }
}
