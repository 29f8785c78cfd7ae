package dev.converge.plan;

import java.util.HashSet;
import java.util.Set;

import dev.converge.change.AddEnumValue;
import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.CreateEnum;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropEnum;
import dev.converge.change.RebuildEnum;
import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;

/**
 * The ordering facts of user types (see {@link ChangeFacts}): enums, domains, composite types and enum rebuilds. A
 * type names the types it is built on (base type, attribute types, a table's row type), so those are created
 * before and dropped after it.
 */
final class TypeFacts {

    private TypeFacts() {
    }

    static void createEnum(CreateEnum c, ChangeFacts f) {
        f.requires().add(ObjectKey.schema(c.enumType().name().schema()));
        f.provides().add(ObjectKey.type(c.enumType().name()));
    }

    static void dropEnum(DropEnum d, ChangeFacts f) {
        f.removes().add(ObjectKey.type(d.enumType().name()));
        f.releases().add(ObjectKey.schema(d.enumType().name().schema()));
    }

    static void addEnumValue(AddEnumValue a, ChangeFacts f) {
        f.requires().add(ObjectKey.type(a.enumName()));
        if (a.neighbour() != null) {
            f.requires().add(ObjectKey.enumLabel(a.enumName(), a.neighbour()));
        }
        f.provides().add(ObjectKey.enumLabel(a.enumName(), a.label()));
    }

    static void createDomain(CreateDomain c, Mentions mentions, ChangeFacts f) {
        f.requires().add(ObjectKey.schema(c.domain().name().schema()));
        f.requires().addAll(domainMentions(c.domain(), mentions));
        f.provides().add(ObjectKey.type(c.domain().name()));
    }

    static void dropDomain(DropDomain d, Mentions mentions, ChangeFacts f) {
        f.removes().add(ObjectKey.type(d.domain().name()));
        f.releases().add(ObjectKey.schema(d.domain().name().schema()));
        f.releases().addAll(domainMentions(d.domain(), mentions));
    }

    static void alterDomain(AlterDomain a, Mentions mentions, ChangeFacts f) {
        f.requires().add(ObjectKey.type(a.desired().name()));
        f.replaces(domainMentions(a.current(), mentions), domainMentions(a.desired(), mentions));
    }

    static void createComposite(CreateCompositeType c, Mentions mentions, ChangeFacts f) {
        f.requires().add(ObjectKey.schema(c.type().name().schema()));
        f.requires().addAll(attributeMentions(c.type(), mentions));
        f.provides().add(ObjectKey.type(c.type().name()));
    }

    static void dropComposite(DropCompositeType d, Mentions mentions, ChangeFacts f) {
        f.removes().add(ObjectKey.type(d.type().name()));
        f.releases().add(ObjectKey.schema(d.type().name().schema()));
        f.releases().addAll(attributeMentions(d.type(), mentions));
    }

    static void alterComposite(AlterCompositeType a, Mentions mentions, ChangeFacts f) {
        f.requires().add(ObjectKey.type(a.desired().name()));
        f.replaces(attributeMentions(a.current(), mentions), attributeMentions(a.desired(), mentions));
    }

    /**
     * The type is replaced: it is removed (after the columns that stop using it are altered or dropped) and
     * provided again (before the columns and tables that start using it), with all its labels.
     */
    static void rebuildEnum(RebuildEnum r, ChangeFacts f) {
        f.removes().add(ObjectKey.type(r.current().name()));
        f.provides().add(ObjectKey.type(r.desired().name()));
        r.desired().labels().forEach(label -> f.provides().add(ObjectKey.enumLabel(r.desired().name(), label)));
        for (RebuildEnum.EnumUse use : r.uses()) {
            f.requires().add(ObjectKey.table(use.table()));
            f.requires().add(ObjectKey.column(use.table(), use.column()));
        }
    }

    private static Set<ObjectKey> domainMentions(Domain domain, Mentions mentions) {
        Set<ObjectKey> keys = mentions.typeReferences(domain.baseType());
        keys.addAll(mentions.all(domain.defaultExpression()));
        for (DomainConstraint constraint : domain.constraints()) {
            keys.addAll(mentions.types(constraint.definition()));
        }
        return keys;
    }

    private static Set<ObjectKey> attributeMentions(CompositeType type, Mentions mentions) {
        Set<ObjectKey> keys = new HashSet<>();
        type.attributes().forEach(a -> keys.addAll(mentions.typeReferences(a.type())));
        return keys;
    }
}
