package dev.converge.plan;

import java.util.List;

import dev.converge.change.AlterViewOptions;
import dev.converge.change.CreateView;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.change.SetViewColumnDefault;

/**
 * Views and materialized views (see {@link ViewFacts}, {@link ViewSql}). Views are dropped first and created
 * after the tables, constraints and indexes they may read; a view's name is also its row type.
 */
final class ViewFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(CreateView.class, 340, Stage.CREATE_VIEWS)
                .facts((c, mentions, f) -> ViewFacts.create(c, f))
                .names((c, names) -> names.rowType(c.view().name()))
                .render((c, context) -> List.of(ViewSql.create(c)))
                .createsIsolated();
        kinds.add(DropView.class, 330, Stage.DROP_VIEWS)
                .facts((d, mentions, f) -> ViewFacts.drop(d, f))
                .names((d, names) -> names.rowType(d.view().name()))
                .render((d, context) -> List.of(ViewSql.drop(d)))
                .removal();
        kinds.add(ReplaceView.class, 350, Stage.CREATE_VIEWS)
                .facts((r, mentions, f) -> ViewFacts.replace(r, f))
                .render((r, context) -> List.of(ViewSql.replace(r)))
                // emptying a view before its drop (ViewPlaceholders) is part of removing it
                .phases((r, statements) -> ViewPlaceholders.isPlaceholder(r.desired())
                        ? PhaseRules.contract(statements) : PhaseRules.byHazards(statements));
        kinds.add(SetViewColumnDefault.class, 365, Stage.CREATE_VIEWS)
                .facts((d, mentions, f) -> {
                    f.requires().add(ObjectKey.relation(d.view()));
                    f.requires().add(ObjectKey.column(d.view(), d.column()));
                    f.replaces(mentions.all(d.currentDefault()), mentions.all(d.desiredDefault()));
                })
                .render((d, context) -> List.of(ViewSql.setDefault(d)));
        kinds.add(AlterViewOptions.class, 360, Stage.CREATE_VIEWS)
                .facts((a, mentions, f) -> f.requires().add(ObjectKey.relation(a.desired().name())))
                .render((a, context) -> List.of(ViewSql.alterOptions(a)));
    }
}
