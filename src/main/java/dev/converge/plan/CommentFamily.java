package dev.converge.plan;

import java.util.List;

import dev.converge.change.CommentTarget;
import dev.converge.change.SetComment;

/** Comments on any object: set once the object exists, at the end of the transaction. */
final class CommentFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(SetComment.class, 200, Stage.COMMENTS)
                .facts((s, mentions, f) -> f.requires().add(commentedObject(s.target())))
                .render((s, context) -> List.of(CommentSql.render(s)))
                .movableAfterCommit()
                .createsIsolated((s, context) -> onNewRelation(s.target(), context));
    }

    /** A comment on a table, view, column or constraint the plan creates. */
    private static boolean onNewRelation(CommentTarget target, RenderContext context) {
        return switch (target.kind()) {
            case TABLE, COLUMN, CONSTRAINT, VIEW, MATERIALIZED_VIEW -> context.isNew(target.object());
            default -> false;
        };
    }

    private static ObjectKey commentedObject(CommentTarget target) {
        return switch (target.kind()) {
            case SCHEMA -> ObjectKey.schema(target.schema());
            case TABLE -> ObjectKey.table(target.object());
            case COLUMN -> ObjectKey.column(target.object(), target.member());
            case CONSTRAINT -> ObjectKey.constraint(target.object(), target.member());
            case INDEX, SEQUENCE, VIEW, MATERIALIZED_VIEW -> ObjectKey.relation(target.object());
            case TYPE -> ObjectKey.type(target.object());
            case FUNCTION, PROCEDURE -> ObjectKey.function(target.object(), target.member());
            case TRIGGER -> ObjectKey.trigger(target.object(), target.member());
        };
    }
}
