package dev.converge.plan;

import java.util.Set;

import dev.converge.change.AlterTableOptions;
import dev.converge.change.DefaultPrivilegeScope;
import dev.converge.model.ObjectRef;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;

/** The ordering facts of privileges, policies and table options (see {@link ChangeFacts}). */
final class SecurityFacts {

    private SecurityFacts() {
    }

    /**
     * The key of the object a privilege is on. Functions have no key yet: they are not managed here, and a
     * grant on one only orders by its phase.
     */
    static Set<ObjectKey> grantedObject(ObjectRef object) {
        QualifiedName name = object.name();
        return switch (object.kind()) {
            case SCHEMA -> Set.of(ObjectKey.schema(name.schema()));
            case TABLE, VIEW, MATERIALIZED_VIEW -> Set.of(ObjectKey.table(name), ObjectKey.relation(name));
            case COLUMN -> Set.of(ObjectKey.table(name), ObjectKey.column(name, object.member()));
            case SEQUENCE -> Set.of(ObjectKey.relation(name));
            case TYPE, DOMAIN -> Set.of(ObjectKey.type(name));
            case FUNCTION, PROCEDURE -> Set.of(ObjectKey.function(name, object.member()));
            default -> Set.of(ObjectKey.schema(name.schema()));
        };
    }

    /** A privilege on a table or materialized view (or a column of one) that the plan creates. */
    static boolean onNewRelation(ObjectRef object, RenderContext context) {
        return switch (object.kind()) {
            case TABLE, COLUMN, MATERIALIZED_VIEW -> context.isNew(object.name());
            default -> false;
        };
    }

    static void defaultsScope(DefaultPrivilegeScope scope, Set<ObjectKey> keys) {
        if (scope.schema() != null) {
            keys.add(ObjectKey.schema(scope.schema()));
        }
    }

    /** For a create: {@code own} = provides, {@code uses} = requires; for a drop: removes and releases. */
    static void policy(Policy policy, Mentions mentions, Set<ObjectKey> own, Set<ObjectKey> uses) {
        own.add(ObjectKey.policy(policy.table(), policy.name()));
        uses.add(ObjectKey.table(policy.table()));
        policy.columns().forEach(c -> uses.add(ObjectKey.column(policy.table(), c)));
        uses.addAll(mentions.all(policy.using()));
        uses.addAll(mentions.all(policy.withCheck()));
    }

    /**
     * Replica identity USING INDEX needs its index. The current one may be dropped first (PostgreSQL then acts as
     * NOTHING until the new identity is set), which avoids a cycle when a new unique index replaces it.
     */
    static void tableOptions(AlterTableOptions a, Set<ObjectKey> requires) {
        QualifiedName table = a.desired().table();
        requires.add(ObjectKey.table(table));
        if (a.desired().replicaIndex() != null) {
            requires.add(ObjectKey.relation(QualifiedName.of(table.schema(), a.desired().replicaIndex())));
        }
    }
}
