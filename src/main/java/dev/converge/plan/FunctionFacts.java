package dev.converge.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.CreateFunction;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropFunction;
import dev.converge.change.DropTrigger;
import dev.converge.change.ReplaceFunction;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;
import dev.converge.model.Trigger;

/**
 * The ordering facts of functions and triggers (see {@link ChangeFacts}). A function needs its schema, the enums
 * of its signature, and whatever PostgreSQL recorded it depends on (for a SQL-standard body, the tables and
 * columns it uses); a trigger needs its table, its UPDATE OF columns and its function.
 */
final class FunctionFacts {

    private FunctionFacts() {
    }

    static void create(CreateFunction c, Mentions mentions, Set<ObjectKey> provides, Set<ObjectKey> requires) {
        Routine f = c.function();
        requires.add(ObjectKey.schema(f.name().schema()));
        requires.addAll(signatureMentions(f, mentions));
        requires.addAll(keys(c.dependsOn()));
        provides.addAll(own(f));
    }

    static void drop(DropFunction d, Mentions mentions, Set<ObjectKey> removes, Set<ObjectKey> releases,
                     Set<ObjectKey> awaits) {
        Routine f = d.function();
        removes.addAll(own(f));
        releases.add(ObjectKey.schema(f.name().schema()));
        releases.addAll(signatureMentions(f, mentions));
        releases.addAll(keys(d.dependsOn()));
        awaits.addAll(users(d.usedBy()));
    }

    /**
     * The keys whose removal a drop waits for, given what uses the dropped object in the current catalog: each
     * user; for a column, its default or its table (PostgreSQL records what a default uses against its column). Not
     * the column itself: a column whose type changes "removes" it too, and may need the object created again
     * first.
     */
    static Set<ObjectKey> users(List<ObjectRef> usedBy) {
        return users(usedBy, false);
    }

    /**
     * Like {@link #users(List)}; with {@code columnTypes}, for an object that columns may have as their type or
     * collation (a range type, a collation, named otherwise in the column's text: a multirange), the columns too.
     */
    static Set<ObjectKey> users(List<ObjectRef> usedBy, boolean columnTypes) {
        Set<ObjectKey> keys = new HashSet<>();
        for (ObjectRef user : usedBy) {
            if (user.kind() == ObjectKind.COLUMN && columnTypes) {
                keys.add(ObjectKey.of(user));
            }
            if (user.kind() == ObjectKind.COLUMN) {
                keys.add(ObjectKey.columnDefault(user.name(), user.member()));
                keys.add(ObjectKey.table(user.name()));
            } else {
                keys.add(ObjectKey.of(user));
            }
        }
        return keys;
    }

    /** The desired version's needs come first; what only the current version used is released afterwards. */
    static void replace(ReplaceFunction r, Mentions mentions, Set<ObjectKey> requires, Set<ObjectKey> releases) {
        requires.add(ObjectKey.function(r.desired().name(), r.desired().identityArguments()));
        Set<ObjectKey> after = keys(r.desiredDependsOn());
        after.addAll(signatureMentions(r.desired(), mentions));
        Set<ObjectKey> before = keys(r.currentDependsOn());
        before.removeAll(after);
        requires.addAll(after);
        releases.addAll(before);
    }

    static void createTrigger(CreateTrigger c, Set<ObjectKey> provides, Set<ObjectKey> requires) {
        Trigger t = c.trigger();
        requires.addAll(uses(t));
        provides.add(ObjectKey.trigger(t.table(), t.name()));
    }

    static void dropTrigger(DropTrigger d, Set<ObjectKey> removes, Set<ObjectKey> releases) {
        Trigger t = d.trigger();
        releases.addAll(uses(t));
        removes.add(ObjectKey.trigger(t.table(), t.name()));
    }

    private static Set<ObjectKey> uses(Trigger t) {
        Set<ObjectKey> keys = new HashSet<>();
        keys.add(ObjectKey.table(t.table()));
        t.columns().forEach(c -> keys.add(ObjectKey.column(t.table(), c)));
        keys.add(ObjectKey.function(t.function(), ""));
        keys.add(ObjectKey.functionName(t.function()));
        return keys;
    }

    private static Set<ObjectKey> own(Routine f) {
        return new HashSet<>(List.of(ObjectKey.function(f.name(), f.identityArguments()),
                ObjectKey.functionName(f.name())));
    }

    private static Set<ObjectKey> signatureMentions(Routine f, Mentions mentions) {
        Set<ObjectKey> keys = mentions.typeReferences(f.arguments());
        if (f.result() != null) {
            keys.addAll(mentions.typeReferences(f.result()));
        }
        return keys;
    }

    /** The planner's keys for dependency targets. */
    static Set<ObjectKey> keys(List<ObjectRef> refs) {
        Set<ObjectKey> keys = new HashSet<>();
        for (ObjectRef ref : refs) {
            switch (ref.kind()) {
                case SCHEMA -> keys.add(ObjectKey.schema(ref.name().schema()));
                case TYPE, DOMAIN -> keys.add(ObjectKey.type(ref.name()));
                case TABLE -> keys.add(ObjectKey.table(ref.name()));
                case SEQUENCE, INDEX, VIEW, MATERIALIZED_VIEW -> keys.add(ObjectKey.relation(ref.name()));
                case COLUMN -> keys.add(ObjectKey.column(ref.name(), ref.member()));
                case CONSTRAINT -> keys.add(ObjectKey.constraint(ref.name(), ref.member()));
                case FUNCTION, PROCEDURE -> keys.add(ObjectKey.function(ref.name(),
                        ref.member() == null ? "" : ref.member()));
                case TRIGGER -> keys.add(ObjectKey.trigger(ref.name(), ref.member()));
                // objects managed by their definition provide and remove this key; for extensions and policies
                // no change provides or removes it, so it orders nothing
                default -> keys.add(ObjectKey.of(ref));
            }
        }
        return keys;
    }
}
