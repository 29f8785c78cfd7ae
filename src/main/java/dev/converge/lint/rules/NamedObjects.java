package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.lint.NamingKind;
import dev.converge.lint.Subject;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.CompositeType;
import dev.converge.model.Constraint;
import dev.converge.model.Domain;
import dev.converge.model.EnumType;
import dev.converge.model.Index;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;
import dev.converge.model.Schema;
import dev.converge.model.Sequence;
import dev.converge.model.Table;
import dev.converge.model.Trigger;
import dev.converge.model.View;

/**
 * Every name the desired state gives, with its kind, for the naming rules. A partition's columns are its parent's
 * and are not listed twice; the columns of views are derived, not named by a CREATE, and are left out.
 */
record NamedObjects(NamingKind kind, Subject subject, String name, String table) {

    static List<NamedObjects> of(Catalog catalog) {
        List<NamedObjects> all = new ArrayList<>();
        for (Schema schema : catalog.schemas()) {
            all.add(new NamedObjects(NamingKind.SCHEMA, Subject.schema(schema.name()), schema.name(), null));
        }
        for (Table table : catalog.tables()) {
            all.add(top(NamingKind.TABLE, "table", table.name()));
            if (!table.isPartition()) {
                for (Column column : table.columns()) {
                    all.add(member(NamingKind.COLUMN, "column", table.name(), column.name()));
                }
            }
            for (Constraint constraint : table.constraints()) {
                NamingKind kind = switch (constraint.kind()) {
                    case PRIMARY_KEY -> NamingKind.PRIMARY_KEY;
                    case FOREIGN_KEY -> NamingKind.FOREIGN_KEY;
                    case UNIQUE -> NamingKind.UNIQUE;
                    case CHECK -> NamingKind.CHECK;
                    case EXCLUSION -> NamingKind.EXCLUSION;
                };
                all.add(member(kind, "constraint", table.name(), constraint.name()));
            }
            for (Index index : table.indexes()) {
                all.add(index(index));
            }
        }
        for (View view : catalog.views()) {
            all.add(top(view.materialized() ? NamingKind.MATERIALIZED_VIEW : NamingKind.VIEW, view.kindName(),
                    view.name()));
            view.indexes().forEach(index -> all.add(index(index)));
        }
        for (Sequence sequence : catalog.sequences()) {
            all.add(top(NamingKind.SEQUENCE, "sequence", sequence.name()));
        }
        for (EnumType type : catalog.enums()) {
            all.add(top(NamingKind.ENUM, "enum", type.name()));
        }
        for (Domain domain : catalog.domains()) {
            all.add(top(NamingKind.DOMAIN, "domain", domain.name()));
        }
        for (CompositeType type : catalog.compositeTypes()) {
            all.add(top(NamingKind.TYPE, "type", type.name()));
        }
        for (Routine routine : catalog.functions()) {
            boolean procedure = routine.kind() == Routine.Kind.PROCEDURE;
            all.add(top(procedure ? NamingKind.PROCEDURE : NamingKind.FUNCTION, procedure ? "procedure" : "function",
                    routine.name()));
        }
        for (Trigger trigger : catalog.triggers()) {
            all.add(member(NamingKind.TRIGGER, "trigger", trigger.table(), trigger.name()));
        }
        for (Policy policy : catalog.policies()) {
            all.add(member(NamingKind.POLICY, "policy", policy.table(), policy.name()));
        }
        return all;
    }

    private static NamedObjects top(NamingKind kind, String subjectKind, QualifiedName name) {
        return new NamedObjects(kind, Subject.of(subjectKind, name), name.name(), null);
    }

    private static NamedObjects member(NamingKind kind, String subjectKind, QualifiedName table, String name) {
        return new NamedObjects(kind, Subject.member(subjectKind, table, name), name, table.name());
    }

    private static NamedObjects index(Index index) {
        return new NamedObjects(NamingKind.INDEX, Subject.of("index", index.qualifiedName()), index.name(),
                index.table().name());
    }

    /** {@code column public.orders.total}, {@code table public.orders}: how messages name it. */
    String describe() {
        return subject.toString();
    }
}
