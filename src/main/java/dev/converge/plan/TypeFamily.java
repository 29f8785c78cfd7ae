package dev.converge.plan;

import java.util.List;

import dev.converge.change.AddEnumValue;
import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.CreateEnum;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropEnum;
import dev.converge.change.RebuildEnum;

/**
 * User types: enums (created, extended, rebuilt), domains and composite types. A type names the types it is built
 * on (base type, attribute types), so those are created before and dropped after it (see {@link TypeFacts}); its
 * name is one that columns, signatures and other types may mention.
 */
final class TypeFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(CreateEnum.class, 80, Stage.CREATE_TYPES)
                .facts((c, mentions, f) -> TypeFacts.createEnum(c, f))
                .names((c, names) -> names.type(c.enumType().name()))
                .render((c, context) -> List.of(SchemaSql.createEnum(c)))
                .createsIsolated();
        kinds.add(DropEnum.class, 60, Stage.DROP_SEQUENCES_AND_TYPES)
                .facts((d, mentions, f) -> TypeFacts.dropEnum(d, f))
                .names((d, names) -> names.type(d.enumType().name()))
                .render((d, context) -> List.of(SchemaSql.dropEnum(d)))
                .removal();
        kinds.add(AddEnumValue.class, 90, Stage.EXTEND_ENUMS)
                .facts((a, mentions, f) -> TypeFacts.addEnumValue(a, f))
                .render((a, context) -> List.of(SchemaSql.addEnumValue(a)));
        kinds.add(RebuildEnum.class, 280, Stage.CREATE_TYPES)
                .facts((r, mentions, f) -> TypeFacts.rebuildEnum(r, f))
                .names((r, names) -> names.type(r.desired().name()))
                .render((r, context) -> EnumRebuildSql.render(r))
                .preflight((r, planner) -> EnumChecks.rebuild(planner, r))
                .removal();
        kinds.add(CreateDomain.class, 310, Stage.CREATE_TYPES)
                .facts(TypeFacts::createDomain)
                .names((c, names) -> names.type(c.domain().name()))
                .render((c, context) -> TypeSql.createDomain(c))
                .createsIsolated();
        kinds.add(DropDomain.class, 230, Stage.DROP_SEQUENCES_AND_TYPES)
                .facts(TypeFacts::dropDomain)
                .names((d, names) -> names.type(d.domain().name()))
                .render((d, context) -> List.of(TypeSql.dropDomain(d)))
                .removal();
        kinds.add(AlterDomain.class, 320, Stage.CREATE_TYPES)
                .facts(TypeFacts::alterDomain)
                .render((a, context) -> TypeSql.alterDomain(a));
        kinds.add(CreateCompositeType.class, 290, Stage.CREATE_TYPES)
                .facts(TypeFacts::createComposite)
                .names((c, names) -> names.type(c.type().name()))
                .render((c, context) -> List.of(TypeSql.createComposite(c)))
                .createsIsolated();
        kinds.add(DropCompositeType.class, 240, Stage.DROP_SEQUENCES_AND_TYPES)
                .facts(TypeFacts::dropComposite)
                .names((d, names) -> names.type(d.type().name()))
                .render((d, context) -> List.of(TypeSql.dropComposite(d)))
                .removal();
        kinds.add(AlterCompositeType.class, 300, Stage.CREATE_TYPES)
                .facts(TypeFacts::alterComposite)
                .render((a, context) -> TypeSql.alterComposite(a));
    }
}
