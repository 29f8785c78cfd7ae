package dev.converge.diff;

import java.util.List;
import java.util.Objects;

import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateSchema;
import dev.converge.change.DropSchema;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;

/** Schemas, matched by name, and their comments. */
final class SchemaDiffer {

    private SchemaDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Pairs.match(current.schemasByName(), desired.schemasByName(),
                schema -> changes.add(new DropSchema(schema)),
                schema -> {
                    changes.add(new CreateSchema(schema));
                    if (schema.comment() != null) {
                        changes.add(new SetComment(CommentTarget.schema(schema.name()), schema.comment()));
                    }
                },
                (c, d) -> {
                    if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.schema(d.name()), d.comment()));
                    }
                });
    }
}
