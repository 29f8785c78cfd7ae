package dev.converge.plan;

import java.util.List;

import dev.converge.change.AlterPolicy;
import dev.converge.change.AlterTableOptions;
import dev.converge.change.CreatePolicy;
import dev.converge.change.DropPolicy;
import dev.converge.change.GrantDefaultPrivileges;
import dev.converge.change.GrantPrivileges;
import dev.converge.change.RevokeDefaultPrivileges;
import dev.converge.change.RevokePrivileges;

/**
 * Privileges, default privileges, row-level security policies and table options (see {@link SecurityFacts},
 * {@link GrantSql}, {@link PolicySql}, {@link TableOptionsSql}). Grants and policies come once every object they
 * name exists; a grant only widens access (EXPAND), a revoke narrows it (CONTRACT).
 */
final class SecurityFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(GrantPrivileges.class, 480, Stage.GRANTS_AND_POLICIES)
                .facts((g, mentions, f) -> f.requires().addAll(SecurityFacts.grantedObject(g.object())))
                .render((g, context) -> List.of(GrantSql.grant(g)))
                .createsIsolated((g, context) -> SecurityFacts.onNewRelation(g.object(), context))
                .widening();
        kinds.add(RevokePrivileges.class, 430, Stage.DROP_CONSTRAINTS_AND_INDEXES)
                // after the object is created (a new function starts with EXECUTE for PUBLIC), before it is dropped
                .facts((r, mentions, f) -> {
                    f.requires().addAll(SecurityFacts.grantedObject(r.object()));
                    f.releases().addAll(SecurityFacts.grantedObject(r.object()));
                })
                .render((r, context) -> List.of(GrantSql.revoke(r,
                        context.createsAll(SecurityFacts.grantedObject(r.object())))))
                .removal();
        kinds.add(GrantDefaultPrivileges.class, 490, Stage.GRANTS_AND_POLICIES)
                .facts((g, mentions, f) -> SecurityFacts.defaultsScope(g.scope(), f.requires()))
                .render((g, context) -> List.of(GrantSql.grantDefaults(g)))
                .widening();
        kinds.add(RevokeDefaultPrivileges.class, 440, Stage.DROP_CONSTRAINTS_AND_INDEXES)
                .facts((r, mentions, f) -> SecurityFacts.defaultsScope(r.scope(), f.releases()))
                .render((r, context) -> List.of(GrantSql.revokeDefaults(r)))
                .removal();
        kinds.add(CreatePolicy.class, 460, Stage.GRANTS_AND_POLICIES)
                .facts((c, mentions, f) -> SecurityFacts.policy(c.policy(), mentions, f.provides(), f.requires()))
                .render((c, context) -> PolicySql.create(c))
                .createsIsolated((c, context) -> context.isNew(c.policy().table()));
        kinds.add(DropPolicy.class, 420, Stage.DROP_CONSTRAINTS_AND_INDEXES)
                .facts((d, mentions, f) -> SecurityFacts.policy(d.policy(), mentions, f.removes(), f.releases()))
                .render((d, context) -> List.of(PolicySql.drop(d)))
                .removal();
        kinds.add(AlterPolicy.class, 470, Stage.GRANTS_AND_POLICIES)
                .facts((a, mentions, f) -> SecurityFacts.policy(a.desired(), mentions, f.requires(), f.requires()))
                .render((a, context) -> PolicySql.alter(a));
        kinds.add(AlterTableOptions.class, 450, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((a, mentions, f) -> SecurityFacts.tableOptions(a, f.requires()))
                .render((a, context) -> TableOptionsSql.alter(a, context.isNew(a.desired().table())))
                .createsIsolated((a, context) -> context.isNew(a.desired().table()));
    }
}
