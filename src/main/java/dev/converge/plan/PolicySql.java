package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.converge.change.AlterPolicy;
import dev.converge.change.CreatePolicy;
import dev.converge.change.DropPolicy;
import dev.converge.model.Grant;
import dev.converge.model.Policy;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Row-level security policies. */
final class PolicySql {

    private PolicySql() {
    }

    /** {@code CREATE POLICY p ON t AS PERMISSIVE FOR ALL TO r USING (...) WITH CHECK (...)}, then its comment. */
    static List<Statement> create(CreatePolicy c) {
        Policy p = c.policy();
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(SqlText.identifier(p.name()))
                .append(" ON ").append(SqlText.qualified(p.table()))
                .append(" AS ").append(p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                .append(" FOR ").append(p.command())
                .append(" TO ").append(roles(p));
        if (p.using() != null) {
            sql.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            sql.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        List<Statement> statements = new ArrayList<>();
        statements.add(Statements.of(Action.CREATE, policy(p), "create policy " + name(p),
                sql.toString()));
        if (p.comment() != null) {
            statements.add(comment(p));
        }
        return statements;
    }

    static Statement drop(DropPolicy d) {
        Policy p = d.policy();
        return Statements.of(Action.DROP, policy(p), "drop policy " + name(p),
                "DROP POLICY " + SqlText.identifier(p.name()) + " ON " + SqlText.qualified(p.table()),
                Set.of(Hazard.AUTHORIZATION_CHANGE));
    }

    /** ALTER POLICY for what changed among roles, USING and WITH CHECK; COMMENT ON POLICY for the comment. */
    static List<Statement> alter(AlterPolicy a) {
        Policy c = a.current();
        Policy d = a.desired();
        List<Statement> statements = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        List<String> notes = new ArrayList<>();
        if (!c.roles().equals(d.roles())) {
            sql.append(" TO ").append(roles(d));
            notes.add("roles");
        }
        if (!Objects.equals(c.using(), d.using())) {
            sql.append(" USING (").append(d.using()).append(')');
            notes.add("using");
        }
        if (!Objects.equals(c.withCheck(), d.withCheck())) {
            sql.append(" WITH CHECK (").append(d.withCheck()).append(')');
            notes.add("with check");
        }
        if (!sql.isEmpty()) {
            statements.add(Statements.of(Action.ALTER, policy(d),
                    "alter policy " + name(d) + ": " + String.join(", ", notes),
                    "ALTER POLICY " + SqlText.identifier(d.name()) + " ON " + SqlText.qualified(d.table()) + sql,
                    Set.of(Hazard.AUTHORIZATION_CHANGE)));
        }
        if (!Objects.equals(c.comment(), d.comment())) {
            statements.add(comment(d));
        }
        return statements;
    }

    private static Statement comment(Policy p) {
        return Statements.of(Action.ALTER, policy(p), "comment on policy " + name(p),
                "COMMENT ON POLICY " + SqlText.identifier(p.name()) + " ON " + SqlText.qualified(p.table())
                        + " IS " + SqlText.literalOrNull(p.comment()));
    }

    private static String roles(Policy p) {
        if (p.roles().isEmpty()) {
            return "PUBLIC";
        }
        return p.roles().stream().map(r -> Grant.PUBLIC.equals(r) ? "PUBLIC" : SqlText.identifier(r))
                .collect(Collectors.joining(", "));
    }

    private static Subject policy(Policy p) {
        return Subject.member(Kind.POLICY, p.table(), p.name());
    }

    private static String name(Policy p) {
        return p.table() + "." + p.name();
    }
}
