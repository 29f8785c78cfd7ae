package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.model.CompositeType.Attribute;
import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Domains and composite types. Types, defaults and constraint definitions are PostgreSQL's own text. */
final class TypeSql {

    private TypeSql() {
    }

    /**
     * CREATE DOMAIN with its constraints; a NOT VALID one follows as ALTER DOMAIN ... ADD CONSTRAINT ... NOT VALID,
     * the only place PostgreSQL accepts NOT VALID (CREATE DOMAIN refuses it).
     */
    static List<Statement> createDomain(CreateDomain c) {
        Domain d = c.domain();
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(SqlText.qualified(d.name()))
                .append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sql.append(" COLLATE ").append(d.collation());
        }
        if (d.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(d.defaultExpression());
        }
        if (d.notNull()) {
            sql.append(" NOT NULL");
        }
        List<Statement> notValid = new ArrayList<>();
        for (DomainConstraint constraint : d.constraints()) {
            if (constraint.definition().endsWith(" NOT VALID")) {
                notValid.add(alter(Subject.of(Kind.DOMAIN, d.name()), "add constraint " + constraint.name(),
                        "ALTER DOMAIN " + SqlText.qualified(d.name()) + " ADD CONSTRAINT "
                                + SqlText.identifier(constraint.name()) + " " + constraint.definition(), Set.of()));
                continue;
            }
            sql.append(" CONSTRAINT ").append(SqlText.identifier(constraint.name())).append(' ')
                    .append(constraint.definition());
        }
        List<Statement> statements = new ArrayList<>(List.of(Statements.of(Action.CREATE,
                Subject.of(Kind.DOMAIN, d.name()), "create domain " + d.name(), sql.toString())));
        statements.addAll(notValid);
        return statements;
    }

    /** Plain DROP DOMAIN (RESTRICT): the columns using it are dropped or altered by earlier statements. */
    static Statement dropDomain(DropDomain d) {
        return Statements.of(Action.DROP, Subject.of(Kind.DOMAIN, d.domain().name()),
                "drop domain " + d.domain().name(),
                "DROP DOMAIN " + SqlText.qualified(d.domain().name()));
    }

    /**
     * One statement per action. A changed constraint is dropped before it is added again; adding a constraint or
     * NOT NULL checks every column using the domain.
     */
    static List<Statement> alterDomain(AlterDomain a) {
        Domain current = a.current();
        Domain desired = a.desired();
        Subject name = Subject.of(Kind.DOMAIN, desired.name());
        String prefix = "ALTER DOMAIN " + SqlText.qualified(desired.name()) + " ";
        List<Statement> statements = new ArrayList<>();
        Map<String, DomainConstraint> have = byName(current.constraints());
        Map<String, DomainConstraint> want = byName(desired.constraints());
        for (DomainConstraint constraint : current.constraints()) {
            if (!constraint.equals(want.get(constraint.name()))) {
                statements.add(alter(name, "drop constraint " + constraint.name(),
                        prefix + "DROP CONSTRAINT " + SqlText.identifier(constraint.name()), Set.of()));
            }
        }
        if (!Objects.equals(current.defaultExpression(), desired.defaultExpression())) {
            statements.add(desired.defaultExpression() == null
                    ? alter(name, "drop default", prefix + "DROP DEFAULT", Set.of())
                    : alter(name, "set default " + desired.defaultExpression(),
                            prefix + "SET DEFAULT " + desired.defaultExpression(), Set.of()));
        }
        if (current.notNull() != desired.notNull()) {
            statements.add(desired.notNull()
                    ? alter(name, "set not null", prefix + "SET NOT NULL", Set.of(Hazard.VALIDATES_ROWS))
                    : alter(name, "drop not null", prefix + "DROP NOT NULL", Set.of()));
        }
        for (DomainConstraint constraint : desired.constraints()) {
            if (!constraint.equals(have.get(constraint.name()))) {
                statements.add(alter(name, "add constraint " + constraint.name(),
                        prefix + "ADD CONSTRAINT " + SqlText.identifier(constraint.name()) + " "
                                + constraint.definition(), Set.of(Hazard.VALIDATES_ROWS)));
            }
        }
        return statements;
    }

    static Statement createComposite(CreateCompositeType c) {
        CompositeType t = c.type();
        String attributes = t.attributes().stream().map(TypeSql::attribute).collect(Collectors.joining(", "));
        return Statements.of(Action.CREATE, Subject.of(Kind.TYPE, t.name()), "create type " + t.name(),
                "CREATE TYPE " + SqlText.qualified(t.name()) + " AS (" + attributes + ")");
    }

    static Statement dropComposite(DropCompositeType d) {
        return Statements.of(Action.DROP, Subject.of(Kind.TYPE, d.type().name()), "drop type " + d.type().name(),
                "DROP TYPE " + SqlText.qualified(d.type().name()));
    }

    /** Attributes desired lacks are dropped, kept ones retyped, new ones added at the end in desired order. */
    static List<Statement> alterComposite(AlterCompositeType a) {
        Subject name = Subject.of(Kind.TYPE, a.desired().name());
        String prefix = "ALTER TYPE " + SqlText.qualified(a.desired().name()) + " ";
        Map<String, Attribute> have = byAttributeName(a.current().attributes());
        Map<String, Attribute> want = byAttributeName(a.desired().attributes());
        List<Statement> statements = new ArrayList<>();
        for (Attribute attribute : a.current().attributes()) {
            if (!want.containsKey(attribute.name())) {
                statements.add(alter(name, "drop attribute " + attribute.name(),
                        prefix + "DROP ATTRIBUTE " + SqlText.identifier(attribute.name()), Set.of()));
            }
        }
        for (Attribute attribute : a.desired().attributes()) {
            Attribute old = have.get(attribute.name());
            if (old != null && !old.equals(attribute)) {
                String type = attribute.collation() == null ? attribute.type()
                        : attribute.type() + " COLLATE " + attribute.collation();
                statements.add(alter(name, "attribute " + attribute.name() + " type " + old.type() + " -> "
                                + attribute.type(), prefix + "ALTER ATTRIBUTE " + SqlText.identifier(attribute.name())
                                + " TYPE " + type, Set.of()));
            }
        }
        for (Attribute attribute : a.desired().attributes()) {
            if (!have.containsKey(attribute.name())) {
                statements.add(alter(name, "add attribute " + attribute.name(),
                        prefix + "ADD ATTRIBUTE " + attribute(attribute), Set.of()));
            }
        }
        return statements;
    }

    private static String attribute(Attribute attribute) {
        String text = SqlText.identifier(attribute.name()) + " " + attribute.type();
        return attribute.collation() == null ? text : text + " COLLATE " + attribute.collation();
    }

    private static Statement alter(Subject type, String note, String sql, Set<Hazard> hazards) {
        return Statements.of(Action.ALTER, type, "alter " + type.label() + " " + type.name() + ": " + note, sql,
                hazards);
    }

    private static Map<String, DomainConstraint> byName(List<DomainConstraint> constraints) {
        return constraints.stream().collect(Collectors.toMap(DomainConstraint::name, Function.identity()));
    }

    private static Map<String, Attribute> byAttributeName(List<Attribute> attributes) {
        return attributes.stream().collect(Collectors.toMap(Attribute::name, Function.identity()));
    }
}
