package dev.converge.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.DefaultPrivilegeScope;
import dev.converge.change.GrantDefaultPrivileges;
import dev.converge.change.GrantPrivileges;
import dev.converge.change.RevokeDefaultPrivileges;
import dev.converge.change.RevokePrivileges;
import dev.converge.model.Catalog;
import dev.converge.model.DefaultPrivilege;
import dev.converge.model.DelegatedGrant;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;

/**
 * Privileges and default privileges, compared per object and grantee: what desired has and current lacks is
 * granted, what current has and desired lacks is revoked, and a grant option that differs is granted or revoked
 * on its own. Objects the plan drops keep no privileges to revoke; re-created ones get theirs again.
 */
final class GrantDiffer {

    private GrantDiffer() {
    }

    /** For each privilege of one object and grantee: whether it is held WITH GRANT OPTION. */
    private record Held(Map<String, Boolean> privileges) {
        Held() {
            this(new TreeMap<>());
        }
    }

    static ChangeSet diff(Catalog current, Catalog desired, ChangeSet found, Differ.Context context) {
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        List<Change> changes = new ArrayList<>();
        Map<ObjectGrantee, Held> have = new TreeMap<>();
        for (Grant grant : current.grants()) {
            if (!dropped.contains(grant.object())) {
                have.computeIfAbsent(new ObjectGrantee(grant.object(), grant.grantee()), k -> new Held())
                        .privileges().put(grant.privilege(), grant.grantable());
            }
        }
        Map<ObjectGrantee, Held> want = new TreeMap<>();
        for (Grant grant : desired.grants()) {
            want.computeIfAbsent(new ObjectGrantee(grant.object(), grant.grantee()), k -> new Held())
                    .privileges().put(grant.privilege(), grant.grantable());
        }
        // An object the plan creates starts with what PostgreSQL gives every new object of its kind, and what the
        // creating role's default privileges (kept by the plan) add; only the difference from that is granted or
        // revoked.
        Set<ObjectRef> existing = context.fromDatabases() ? objects(current) : Set.of();
        List<DefaultPrivilege> defaults = keptDefaults(current, desired, context.creatingRole());
        for (ObjectRef object : context.fromDatabases() ? objects(desired) : Set.<ObjectRef>of()) {
            if (!dropped.contains(object) && existing.contains(object)) {
                continue;
            }
            String initial = initialPublicPrivilege(object.kind());
            if (initial != null) {
                have.computeIfAbsent(new ObjectGrantee(object, Grant.PUBLIC), k -> new Held())
                        .privileges().put(initial, false);
            }
            for (DefaultPrivilege p : defaults) {
                if (p.schema().equals(object.name().schema()) && p.objectType().equals(defaultsType(object.kind()))) {
                    have.computeIfAbsent(new ObjectGrantee(object, p.grantee()), k -> new Held())
                            .privileges().merge(p.privilege(), p.grantable(), Boolean::logicalOr);
                }
            }
        }
        List<DelegatedGrant> delegated = current.delegatedGrants().stream()
                .filter(d -> !dropped.contains(d.object())).toList();
        compare(have, want, (key, delta) -> {
            if (!delta.revoke.isEmpty()) {
                changes.add(revoke(key, delta.revoke, false, delegated, want));
            }
            if (!delta.revokeOption.isEmpty()) {
                changes.add(revoke(key, delta.revokeOption, true, delegated, want));
            }
            if (!delta.grant.isEmpty()) {
                changes.add(new GrantPrivileges(key.object(), key.grantee(), delta.grant, false));
            }
            if (!delta.grantOption.isEmpty()) {
                changes.add(new GrantPrivileges(key.object(), key.grantee(), delta.grantOption, true));
            }
        });
        diffDefaults(current, desired, dropped, changes);
        return found.plus(changes);
    }

    /**
     * The revoke of {@code privileges} from one grantee, with what privileges granted by roles other than the owner
     * need (see {@link RevokePrivileges}): CASCADE when the grantee passed them on; the grant options of the roles
     * that passed them to the grantee and keep them; and what those cascades take, down the chains of roles that
     * passed privileges on, that the desired state keeps (the grantee's own privilege too, when only its grant
     * option goes). A grantor that loses its own grant option has a revoke of its own, which cascades.
     */
    private static RevokePrivileges revoke(ObjectGrantee key, List<String> privileges, boolean grantOptionOnly,
                                           List<DelegatedGrant> delegated, Map<ObjectGrantee, Held> want) {
        List<DelegatedGrant> onObject = delegated.stream()
                .filter(d -> d.object().equals(key.object()) && privileges.contains(d.privilege())).toList();
        boolean cascade = onObject.stream().anyMatch(d -> d.grantor().equals(key.grantee()));
        List<DelegatedGrant> via = upTheChains(onObject.stream().filter(d -> d.grantee().equals(key.grantee())
                && Boolean.TRUE.equals(wanted(want, key.object(), d.grantor(), d.privilege()))).toList(),
                onObject, key.object(), want);
        // The roles whose grant options the cascades take: the grantee and the grantors revoked on its behalf,
        // and, in turn, every role they passed a privilege to that desired does not let pass it on.
        Set<String> reached = new TreeSet<>();
        via.forEach(d -> reached.add(d.grantor()));
        if (cascade) {
            reached.add(key.grantee());
        }
        Deque<String> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            String role = next.pop();
            for (DelegatedGrant d : onObject) {
                if (d.grantor().equals(role) && !Boolean.TRUE.equals(wanted(want, key.object(), d.grantee(),
                        d.privilege())) && reached.add(d.grantee())) {
                    next.push(d.grantee());
                }
            }
        }
        Set<String> givenBack = new TreeSet<>();
        via.forEach(d -> givenBack.add(d.grantor()));
        Set<Grant> regrants = new TreeSet<>();
        for (DelegatedGrant d : onObject) {
            Boolean grantable = wanted(want, key.object(), d.grantee(), d.privilege());
            if (reached.contains(d.grantor()) && !givenBack.contains(d.grantee()) && grantable != null) {
                regrants.add(new Grant(key.object(), d.grantee(), d.privilege(), grantable));
            }
        }
        return new RevokePrivileges(key.object(), key.grantee(), privileges, grantOptionOnly, cascade, via,
                List.copyOf(regrants));
    }

    /**
     * {@code via} with, for each grantor whose own grant option another role gave it (not the owner), that role's
     * grant too, and so on up to the owner's: the owner's REVOKE reaches only what the owner granted, so a chain is
     * cut at its top (whose grant option is given back, like every grantor's here, where desired keeps it).
     */
    private static List<DelegatedGrant> upTheChains(List<DelegatedGrant> via, List<DelegatedGrant> onObject,
                                                    ObjectRef object, Map<ObjectGrantee, Held> want) {
        Set<DelegatedGrant> chains = new TreeSet<>(via);
        Deque<DelegatedGrant> next = new ArrayDeque<>(via);
        while (!next.isEmpty()) {
            DelegatedGrant below = next.pop();
            for (DelegatedGrant above : onObject) {
                if (above.grantee().equals(below.grantor()) && above.privilege().equals(below.privilege())
                        && Boolean.TRUE.equals(wanted(want, object, above.grantor(), above.privilege()))
                        && chains.add(above)) {
                    next.push(above);
                }
            }
        }
        return List.copyOf(chains);
    }

    /** Whether desired holds the privilege WITH GRANT OPTION, or null when it does not hold it. */
    private static Boolean wanted(Map<ObjectGrantee, Held> want, ObjectRef object, String grantee, String privilege) {
        Held held = want.get(new ObjectGrantee(object, grantee));
        return held == null ? null : held.privileges().get(privilege);
    }

    /**
     * What PostgreSQL grants to PUBLIC on a new object of this kind without being asked (EXECUTE on functions and
     * procedures, USAGE on types and domains), or null.
     */
    private static String initialPublicPrivilege(ObjectKind kind) {
        return switch (kind) {
            case FUNCTION, PROCEDURE -> "EXECUTE";
            case TYPE, DOMAIN -> "USAGE";
            default -> null;
        };
    }

    /** The objects of a catalog that hold privileges, as privileges name them. */
    private static Set<ObjectRef> objects(Catalog catalog) {
        Set<ObjectRef> refs = new TreeSet<>(catalog.functionsByRef().keySet());
        catalog.schemas().forEach(s -> refs.add(Grant.schemaRef(s.name())));
        catalog.tables().forEach(t -> refs.add(ObjectRef.of(ObjectKind.TABLE, t.name())));
        catalog.views().forEach(v -> refs.add(v.ref()));
        catalog.sequences().forEach(q -> refs.add(ObjectRef.of(ObjectKind.SEQUENCE, q.name())));
        catalog.domains().forEach(d -> refs.add(ObjectRef.of(ObjectKind.DOMAIN, d.name())));
        catalog.enums().forEach(e -> refs.add(ObjectRef.of(ObjectKind.TYPE, e.name())));
        catalog.compositeTypes().forEach(c -> refs.add(ObjectRef.of(ObjectKind.TYPE, c.name())));
        catalog.definedObjects().forEach(o -> refs.add(o.ref()));
        return refs;
    }

    /**
     * The schema-level default privileges of {@code role} that hold both before and after the plan: those in
     * effect when the plan creates its objects (none when the role is unknown).
     */
    private static List<DefaultPrivilege> keptDefaults(Catalog current, Catalog desired, String role) {
        if (role == null) {
            return List.of();
        }
        Set<DefaultPrivilege> wanted = new TreeSet<>(desired.defaultPrivileges());
        return current.defaultPrivileges().stream()
                .filter(p -> p.role().equals(role) && p.schema() != null && wanted.contains(p)).toList();
    }

    /** The object type keyword of ALTER DEFAULT PRIVILEGES that covers objects of this kind, or null. */
    private static String defaultsType(ObjectKind kind) {
        return switch (kind) {
            case TABLE, VIEW, MATERIALIZED_VIEW -> "TABLES";
            case SEQUENCE -> "SEQUENCES";
            case FUNCTION, PROCEDURE -> "FUNCTIONS";
            case TYPE, DOMAIN -> "TYPES";
            default -> null;
        };
    }

    private static void diffDefaults(Catalog current, Catalog desired, DroppedObjects dropped,
                                     List<Change> changes) {
        Map<DefaultPrivilegeScope, Held> have = new TreeMap<>();
        for (DefaultPrivilege p : current.defaultPrivileges()) {
            if (p.schema() == null || !dropped.schemaDropped(p.schema())) {
                have.computeIfAbsent(scope(p), k -> new Held()).privileges().put(p.privilege(), p.grantable());
            }
        }
        Map<DefaultPrivilegeScope, Held> want = new TreeMap<>();
        for (DefaultPrivilege p : desired.defaultPrivileges()) {
            want.computeIfAbsent(scope(p), k -> new Held()).privileges().put(p.privilege(), p.grantable());
        }
        compare(have, want, (scope, delta) -> {
            if (!delta.revoke.isEmpty()) {
                changes.add(new RevokeDefaultPrivileges(scope, delta.revoke, false));
            }
            if (!delta.revokeOption.isEmpty()) {
                changes.add(new RevokeDefaultPrivileges(scope, delta.revokeOption, true));
            }
            if (!delta.grant.isEmpty()) {
                changes.add(new GrantDefaultPrivileges(scope, delta.grant, false));
            }
            if (!delta.grantOption.isEmpty()) {
                changes.add(new GrantDefaultPrivileges(scope, delta.grantOption, true));
            }
        });
    }

    /** Visits every key of either side, in order, with what turns current into desired. */
    private static <K extends Comparable<K>> void compare(Map<K, Held> have, Map<K, Held> want,
                                                          BiConsumer<K, Delta> visit) {
        TreeSet<K> keys = new TreeSet<>(have.keySet());
        keys.addAll(want.keySet());
        for (K key : keys) {
            Delta delta = Delta.of(have.getOrDefault(key, new Held()).privileges(),
                    want.getOrDefault(key, new Held()).privileges());
            visit.accept(key, delta);
        }
    }

    private static DefaultPrivilegeScope scope(DefaultPrivilege p) {
        return new DefaultPrivilegeScope(p.role(), p.schema(), p.objectType(), p.grantee());
    }

    /** An object and a grantee, the unit that one GRANT or REVOKE statement addresses. */
    private record ObjectGrantee(ObjectRef object, String grantee) implements Comparable<ObjectGrantee> {
        @Override
        public int compareTo(ObjectGrantee other) {
            int byObject = object.compareTo(other.object);
            return byObject != 0 ? byObject : grantee.compareTo(other.grantee);
        }
    }

    /**
     * What turns {@code current} into {@code desired}: privileges to revoke entirely, grant options to revoke,
     * privileges to grant without option, and privileges to grant (or upgrade) WITH GRANT OPTION.
     */
    private record Delta(List<String> revoke, List<String> revokeOption, List<String> grant,
                         List<String> grantOption) {

        static Delta of(Map<String, Boolean> current, Map<String, Boolean> desired) {
            Delta delta = new Delta(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            current.forEach((privilege, grantable) -> {
                Boolean wanted = desired.get(privilege);
                if (wanted == null) {
                    delta.revoke.add(privilege);
                } else if (grantable && !wanted) {
                    delta.revokeOption.add(privilege);
                }
            });
            desired.forEach((privilege, grantable) -> {
                Boolean had = current.get(privilege);
                if (grantable && (had == null || !had)) {
                    delta.grantOption.add(privilege);
                } else if (!grantable && had == null) {
                    delta.grant.add(privilege);
                }
            });
            return delta;
        }
    }
}
