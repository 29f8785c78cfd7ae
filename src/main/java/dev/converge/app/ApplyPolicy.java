package dev.converge.app;

import java.util.List;
import java.util.stream.Collectors;

import dev.converge.error.PolicyRefusedException;
import dev.converge.plan.Hazard;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;

/**
 * What the user allowed apply to do. A plan containing a statement that destroys data is refused as a whole,
 * before anything runs, unless --allow-destructive was given.
 */
public record ApplyPolicy(boolean allowDestructive) {

    public void check(Plan plan) {
        if (allowDestructive) {
            return;
        }
        List<Statement> refused = plan.statements().stream().filter(Statement::isDestructive).toList();
        if (refused.isEmpty()) {
            return;
        }
        String list = refused.stream().map(s -> "  - " + s.summary()).collect(Collectors.joining("\n"));
        throw new PolicyRefusedException("refusing to apply: " + refused.size() + " statement(s) "
                + Hazard.DELETES_DATA.flagName() + " and --allow-destructive was not given; nothing was changed:\n"
                + list);
    }
}
