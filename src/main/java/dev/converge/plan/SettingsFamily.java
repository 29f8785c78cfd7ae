package dev.converge.plan;

import java.util.List;

import dev.converge.change.AlterColumnSettings;
import dev.converge.change.AlterIndexStatistics;
import dev.converge.change.SetClusterIndex;
import dev.converge.model.QualifiedName;

/**
 * Settings altered in place (see {@link SettingsSql}): column statistics, storage, compression and attribute
 * options, index column statistics, the CLUSTER ON mark. They come after what they set (a column retyped, an
 * index built) and change neither rows nor what the running code can do, so they are EXPAND; the ones on indexes
 * follow an index built CONCURRENTLY after the transaction.
 */
final class SettingsFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(AlterColumnSettings.class, 600, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((a, mentions, f) -> {
                    f.requires().add(ObjectKey.table(a.table()));
                    f.requires().add(ObjectKey.column(a.table(), a.column()));
                })
                .render((a, context) -> List.of(SettingsSql.column(a)))
                .createsIsolated((a, context) -> context.isNew(a.table()))
                .widening();
        kinds.add(AlterIndexStatistics.class, 610, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((a, mentions, f) -> f.requires().add(ObjectKey.relation(a.index())))
                .render((a, context) -> SettingsSql.indexStatistics(a))
                .createsIsolated((a, context) -> context.isNew(a.table()))
                .movableAfterCommit()
                .widening();
        kinds.add(SetClusterIndex.class, 620, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((s, mentions, f) -> {
                    f.requires().add(ObjectKey.table(s.table()));
                    if (s.desired() != null) {
                        QualifiedName index = QualifiedName.of(s.table().schema(), s.desired());
                        f.requires().add(ObjectKey.relation(index));
                        f.requires().add(ObjectKey.constraint(s.table(), s.desired()));
                    }
                })
                .render((s, context) -> List.of(SettingsSql.cluster(s)))
                .createsIsolated((s, context) -> context.isNew(s.table()))
                .movableAfterCommit()
                .widening();
    }
}
