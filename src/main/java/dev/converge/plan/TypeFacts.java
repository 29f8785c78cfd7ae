package dev.converge.plan;

import java.util.HashSet;
import java.util.Set;

import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.AlterExtension;
import dev.converge.change.Change;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.CreateExtension;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropExtension;
import dev.converge.change.RebuildEnum;
import dev.converge.model.CompositeType;
import dev.converge.model.Domain;
import dev.converge.model.DomainConstraint;
import dev.converge.model.QualifiedName;

/**
 * {@link ChangeFacts} of domains, composite types, enum rebuilds and extensions. A type names the types it is
 * built on (base type, attribute types), so those are created before and dropped after it. Extensions own no key:
 * what uses an extension's types or functions is not visible in catalog text as a managed name, so their phases
 * (created right after schemas, dropped after everything else but schemas) order them.
 */
final class TypeFacts {

    private TypeFacts() {
    }

    /** Adds the facts of {@code change} and returns true, or returns false when it is not one of these kinds. */
    static boolean add(Change change, Mentions mentions, ChangeFacts f) {
        if (change instanceof CreateDomain c) {
            f.requires().add(ObjectKey.schema(c.domain().name().schema()));
            f.requires().addAll(domainMentions(c.domain(), mentions));
            f.provides().add(ObjectKey.type(c.domain().name()));
        } else if (change instanceof DropDomain d) {
            f.removes().add(ObjectKey.type(d.domain().name()));
            f.releases().add(ObjectKey.schema(d.domain().name().schema()));
            f.releases().addAll(domainMentions(d.domain(), mentions));
        } else if (change instanceof AlterDomain a) {
            f.requires().add(ObjectKey.type(a.desired().name()));
            Set<ObjectKey> before = domainMentions(a.current(), mentions);
            Set<ObjectKey> after = domainMentions(a.desired(), mentions);
            before.removeAll(after);
            f.releases().addAll(before);
            f.requires().addAll(after);
        } else if (change instanceof CreateCompositeType c) {
            f.requires().add(ObjectKey.schema(c.type().name().schema()));
            f.requires().addAll(attributeMentions(c.type(), mentions));
            f.provides().add(ObjectKey.type(c.type().name()));
        } else if (change instanceof DropCompositeType d) {
            f.removes().add(ObjectKey.type(d.type().name()));
            f.releases().add(ObjectKey.schema(d.type().name().schema()));
            f.releases().addAll(attributeMentions(d.type(), mentions));
        } else if (change instanceof AlterCompositeType a) {
            f.requires().add(ObjectKey.type(a.desired().name()));
            Set<ObjectKey> before = attributeMentions(a.current(), mentions);
            Set<ObjectKey> after = attributeMentions(a.desired(), mentions);
            before.removeAll(after);
            f.releases().addAll(before);
            f.requires().addAll(after);
        } else if (change instanceof RebuildEnum r) {
            rebuildFacts(r, f);
        } else if (change instanceof CreateExtension c) {
            f.requires().add(ObjectKey.schema(c.extension().schema()));
        } else if (change instanceof DropExtension d) {
            f.releases().add(ObjectKey.schema(d.extension().schema()));
        } else if (change instanceof AlterExtension a) {
            f.releases().add(ObjectKey.schema(a.current().schema()));
            f.requires().add(ObjectKey.schema(a.desired().schema()));
        } else {
            return false;
        }
        return true;
    }

    /**
     * The type is replaced: it is removed (after the columns that stop using it are altered or dropped) and
     * provided again (before the columns and tables that start using it), with all its labels.
     */
    private static void rebuildFacts(RebuildEnum r, ChangeFacts f) {
        f.removes().add(ObjectKey.type(r.current().name()));
        f.provides().add(ObjectKey.type(r.desired().name()));
        r.desired().labels().forEach(label -> f.provides().add(ObjectKey.enumLabel(r.desired().name(), label)));
        for (RebuildEnum.EnumUse use : r.uses()) {
            f.requires().add(ObjectKey.table(use.table()));
            f.requires().add(ObjectKey.column(use.table(), use.column()));
        }
    }

    /** The user types {@code change} creates, drops or rebuilds, for {@link Mentions}; empty for other kinds. */
    static Set<QualifiedName> typesOf(Change change) {
        if (change instanceof CreateDomain c) {
            return Set.of(c.domain().name());
        } else if (change instanceof DropDomain d) {
            return Set.of(d.domain().name());
        } else if (change instanceof CreateCompositeType c) {
            return Set.of(c.type().name());
        } else if (change instanceof DropCompositeType d) {
            return Set.of(d.type().name());
        } else if (change instanceof RebuildEnum r) {
            return Set.of(r.desired().name());
        }
        return Set.of();
    }

    private static Set<ObjectKey> domainMentions(Domain domain, Mentions mentions) {
        Set<ObjectKey> keys = mentions.types(domain.baseType());
        keys.addAll(mentions.all(domain.defaultExpression()));
        for (DomainConstraint constraint : domain.constraints()) {
            keys.addAll(mentions.types(constraint.definition()));
        }
        return keys;
    }

    private static Set<ObjectKey> attributeMentions(CompositeType type, Mentions mentions) {
        Set<ObjectKey> keys = new HashSet<>();
        type.attributes().forEach(a -> keys.addAll(mentions.types(a.type())));
        return keys;
    }
}
