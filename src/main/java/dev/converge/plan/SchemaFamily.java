package dev.converge.plan;

import java.util.List;

import dev.converge.change.AlterExtension;
import dev.converge.change.CreateExtension;
import dev.converge.change.CreateSchema;
import dev.converge.change.DropExtension;
import dev.converge.change.DropSchema;

/**
 * Schemas and extensions. A schema is created before and dropped after everything in it. Extensions own no key:
 * what uses an extension's types or functions is not visible in catalog text as a managed name, so their stages
 * (created right after schemas, dropped after everything else but schemas) order them.
 */
final class SchemaFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(CreateSchema.class, 70, Stage.CREATE_SCHEMAS)
                .facts((c, mentions, f) -> f.provides().add(ObjectKey.schema(c.schema().name())))
                .render((c, context) -> List.of(SchemaSql.createSchema(c)))
                .createsIsolated();
        kinds.add(DropSchema.class, 210, Stage.DROP_SCHEMAS)
                .facts((d, mentions, f) -> f.removes().add(ObjectKey.schema(d.schema().name())))
                .render((d, context) -> List.of(SchemaSql.dropSchema(d)))
                .removal();
        kinds.add(CreateExtension.class, 260, Stage.CREATE_EXTENSIONS)
                .facts((c, mentions, f) -> {
                    f.requires().add(ObjectKey.schema(c.extension().schema()));
                    f.provides().add(ObjectKey.extension(c.extension().name()));
                })
                .render((c, context) -> ExtensionSql.create(c));
        kinds.add(DropExtension.class, 250, Stage.DROP_EXTENSIONS)
                .facts((d, mentions, f) -> {
                    f.releases().add(ObjectKey.schema(d.extension().schema()));
                    f.removes().add(ObjectKey.extension(d.extension().name()));
                    d.usedBy().forEach(user -> f.awaits().add(ObjectKey.of(user)));
                })
                .render((d, context) -> List.of(ExtensionSql.drop(d)))
                .removal();
        kinds.add(AlterExtension.class, 270, Stage.CREATE_EXTENSIONS)
                .facts((a, mentions, f) -> {
                    f.releases().add(ObjectKey.schema(a.current().schema()));
                    f.requires().add(ObjectKey.schema(a.desired().schema()));
                    f.requires().add(ObjectKey.extension(a.desired().name()));
                })
                .render((a, context) -> ExtensionSql.alter(a));
    }
}
