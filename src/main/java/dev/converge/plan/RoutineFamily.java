package dev.converge.plan;

import java.util.List;

import dev.converge.change.CreateFunction;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropFunction;
import dev.converge.change.DropTrigger;
import dev.converge.change.ReplaceFunction;

/**
 * Functions, procedures and triggers (see {@link FunctionFacts}, {@link FunctionSql}). A function's name is one
 * that defaults, checks and generated columns may call.
 */
final class RoutineFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(CreateFunction.class, 390, Stage.CREATE_FUNCTIONS)
                .facts((c, mentions, f) -> FunctionFacts.create(c, mentions, f.provides(), f.requires()))
                .names((c, names) -> names.function(c.function().name()))
                .render((c, context) -> List.of(FunctionSql.create(c)))
                .createsIsolated();
        kinds.add(ReplaceFunction.class, 400, Stage.CREATE_FUNCTIONS)
                .facts((r, mentions, f) -> FunctionFacts.replace(r, mentions, f.requires(), f.releases()))
                .render((r, context) -> List.of(FunctionSql.replace(r)));
        kinds.add(DropFunction.class, 380, Stage.DROP_FUNCTIONS)
                .facts((d, mentions, f) -> FunctionFacts.drop(d, mentions, f.removes(), f.releases(),
                        f.awaits()))
                .names((d, names) -> names.function(d.function().name()))
                .render((d, context) -> List.of(FunctionSql.drop(d)))
                .removal();
        kinds.add(CreateTrigger.class, 410, Stage.CREATE_TRIGGERS)
                .facts((c, mentions, f) -> FunctionFacts.createTrigger(c, f.provides(), f.requires()))
                .render((c, context) -> FunctionSql.createTrigger(c))
                .createsIsolated((c, context) -> context.isNew(c.trigger().table()));
        kinds.add(DropTrigger.class, 370, Stage.DROP_TRIGGERS)
                .facts((d, mentions, f) -> FunctionFacts.dropTrigger(d, f.removes(), f.releases()))
                .render((d, context) -> List.of(FunctionSql.dropTrigger(d)))
                .removal();
    }
}
