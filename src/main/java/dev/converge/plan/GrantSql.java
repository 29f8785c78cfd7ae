package dev.converge.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.converge.change.DefaultPrivilegeScope;
import dev.converge.change.GrantDefaultPrivileges;
import dev.converge.change.GrantPrivileges;
import dev.converge.change.RevokeDefaultPrivileges;
import dev.converge.change.RevokePrivileges;
import dev.converge.model.DelegatedGrant;
import dev.converge.model.Grant;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;

/** GRANT and REVOKE on objects, and ALTER DEFAULT PRIVILEGES. */
final class GrantSql {

    private GrantSql() {
    }

    static Statement grant(GrantPrivileges g) {
        String sql = "GRANT " + privileges(g.object(), g.privileges()) + " ON " + object(g.object()) + " TO "
                + grantee(g.grantee()) + (g.withGrantOption() ? " WITH GRANT OPTION" : "");
        return Statements.of(Action.CREATE, Subject.privilege(g.object()),
                "grant " + summaryList(g.privileges()) + (g.withGrantOption() ? " with grant option" : "")
                        + " on " + g.object() + " to " + g.grantee(), sql);
    }

    /**
     * The REVOKE, with what privileges other roles granted need (see {@link RevokePrivileges}): the kept privileges
     * a cascade would take, granted by the owner first; CASCADE; and the grant options of the roles that granted
     * the grantee's privileges, revoked with CASCADE and given back.
     *
     * @param onNewObject the plan creates the object: nobody relies on its privileges yet, so no hazard
     */
    static Statement revoke(RevokePrivileges r, boolean onNewObject) {
        List<String> commands = new ArrayList<>();
        for (Grant kept : r.regrants()) {
            commands.add("GRANT " + privileges(r.object(), List.of(kept.privilege())) + " ON " + object(r.object())
                    + " TO " + grantee(kept.grantee()) + (kept.grantable() ? " WITH GRANT OPTION" : ""));
        }
        commands.add("REVOKE " + (r.grantOptionOnly() ? "GRANT OPTION FOR " : "")
                + privileges(r.object(), r.privileges()) + " ON " + object(r.object()) + " FROM "
                + grantee(r.grantee()) + (r.cascade() ? " CASCADE" : ""));
        // the top of a chain first: its cascade takes the grant options below, which are given back after it
        Map<String, List<String>> byGrantor = new TreeMap<>(Comparator.comparingInt((String g) -> depth(r.via(), g))
                .thenComparing(Comparator.naturalOrder()));
        r.via().forEach(d -> byGrantor.computeIfAbsent(d.grantor(), g -> new ArrayList<>()).add(d.privilege()));
        byGrantor.forEach((grantor, granted) -> {
            String list = privileges(r.object(), granted.stream().sorted().distinct().toList());
            commands.add("REVOKE GRANT OPTION FOR " + list + " ON " + object(r.object()) + " FROM "
                    + grantee(grantor) + " CASCADE");
            commands.add("GRANT " + list + " ON " + object(r.object()) + " TO " + grantee(grantor)
                    + " WITH GRANT OPTION");
        });
        String passedOn = r.cascade() || !r.via().isEmpty() ? " (and what was passed on: "
                + String.join(", ", byGrantor.keySet().stream().map(g -> "granted by " + g).toList())
                + (r.cascade() ? (byGrantor.isEmpty() ? "" : ", ") + "granted by " + r.grantee() : "") + ")" : "";
        return Statements.of(Action.DROP, Subject.privilege(r.object()),
                "revoke " + (r.grantOptionOnly() ? "grant option for " : "") + summaryList(r.privileges())
                        + " on " + r.object() + " from " + r.grantee() + passedOn, String.join(";\n", commands),
                onNewObject ? Set.of() : Set.of(Hazard.AUTHORIZATION_CHANGE));
    }

    /** How many roles of {@code via} passed their grant option down to {@code grantor} (0: the owner gave it). */
    private static int depth(List<DelegatedGrant> via, String grantor) {
        Set<String> seen = new HashSet<>();
        String role = grantor;
        int depth = 0;
        while (seen.add(role)) {
            String current = role;
            Optional<String> above = via.stream().filter(d -> d.grantee().equals(current)).map(DelegatedGrant::grantor)
                    .findFirst();
            if (above.isEmpty()) {
                break;
            }
            role = above.get();
            depth++;
        }
        return depth;
    }

    static Statement grantDefaults(GrantDefaultPrivileges g) {
        DefaultPrivilegeScope s = g.scope();
        String sql = alterDefaults(s) + " GRANT " + String.join(", ", g.privileges()) + " ON " + s.objectType()
                + " TO " + grantee(s.grantee()) + (g.withGrantOption() ? " WITH GRANT OPTION" : "");
        return Statements.of(Action.CREATE, Subject.defaultPrivileges(s),
                "default privileges of " + s.role() + (s.schema() == null ? "" : " in schema " + s.schema())
                        + ": grant " + summaryList(g.privileges()) + " on " + lower(s.objectType()) + " to "
                        + s.grantee(), sql);
    }

    static Statement revokeDefaults(RevokeDefaultPrivileges r) {
        DefaultPrivilegeScope s = r.scope();
        String sql = alterDefaults(s) + " REVOKE " + (r.grantOptionOnly() ? "GRANT OPTION FOR " : "")
                + String.join(", ", r.privileges()) + " ON " + s.objectType() + " FROM " + grantee(s.grantee());
        return Statements.of(Action.DROP, Subject.defaultPrivileges(s),
                "default privileges of " + s.role() + (s.schema() == null ? "" : " in schema " + s.schema())
                        + ": revoke " + summaryList(r.privileges()) + " on " + lower(s.objectType()) + " from "
                        + s.grantee(), sql);
    }

    private static String alterDefaults(DefaultPrivilegeScope s) {
        return "ALTER DEFAULT PRIVILEGES FOR ROLE " + SqlText.identifier(s.role())
                + (s.schema() == null ? "" : " IN SCHEMA " + SqlText.identifier(s.schema()));
    }

    /** Column privileges name their column: {@code SELECT (email), UPDATE (email)}. */
    private static String privileges(ObjectRef object, List<String> privileges) {
        if (object.kind() != ObjectKind.COLUMN) {
            return String.join(", ", privileges);
        }
        String column = " (" + SqlText.identifier(object.member()) + ")";
        return privileges.stream().map(p -> p + column).collect(Collectors.joining(", "));
    }

    /** The object clause of GRANT/REVOKE; a column's privileges are on its table. */
    static String object(ObjectRef object) {
        return switch (object.kind()) {
            case SCHEMA -> "SCHEMA " + SqlText.identifier(object.name().schema());
            case TABLE, COLUMN, VIEW, MATERIALIZED_VIEW -> "TABLE " + SqlText.qualified(object.name());
            case SEQUENCE -> "SEQUENCE " + SqlText.qualified(object.name());
            case TYPE -> "TYPE " + SqlText.qualified(object.name());
            case DOMAIN -> "DOMAIN " + SqlText.qualified(object.name());
            // an ordered-set aggregate's identity arguments say "a ORDER BY b", which GRANT wants as "a, b"
            case FUNCTION -> "FUNCTION " + SqlText.qualified(object.name()) + "("
                    + object.member().replace(" ORDER BY ", ", ") + ")";
            case PROCEDURE -> "PROCEDURE " + SqlText.qualified(object.name()) + "(" + object.member() + ")";
            case SERVER -> "FOREIGN SERVER " + SqlText.identifier(object.name().name());
            case FOREIGN_DATA_WRAPPER -> "FOREIGN DATA WRAPPER " + SqlText.identifier(object.name().name());
            default -> throw new IllegalArgumentException("privileges on " + object + " are not managed");
        };
    }

    private static String grantee(String grantee) {
        return Grant.PUBLIC.equals(grantee) ? "PUBLIC" : SqlText.identifier(grantee);
    }

    private static String summaryList(List<String> privileges) {
        return lower(String.join(", ", privileges));
    }

    private static String lower(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
