package dev.converge.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.converge.change.CommentObject;
import dev.converge.change.CreateObject;
import dev.converge.change.DropObject;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;

/**
 * Objects managed by their definition ({@link DefinedObject}: statistics, ...). One table says where each kind is
 * created and dropped; what an object needs comes from the dependency graph (its {@code uses}), so it is created
 * after them and dropped before them. A changed definition was already split into a drop and a create.
 */
final class ObjectFamily implements ChangeFamily {

    private record Stages(Stage create, Stage drop) {
    }

    /** Where each kind sorts when its dependencies leave the choice open. */
    private static final Map<DefinedKind, Stages> STAGES = new EnumMap<>(Map.of(
            DefinedKind.STATISTICS, new Stages(Stage.ADD_CONSTRAINTS_AND_INDEXES, Stage.DROP_CONSTRAINTS_AND_INDEXES),
            DefinedKind.VIEW_TRIGGER, new Stages(Stage.CREATE_TRIGGERS, Stage.DROP_TRIGGERS),
            DefinedKind.RULE, new Stages(Stage.CREATE_TRIGGERS, Stage.DROP_TRIGGERS),
            DefinedKind.AGGREGATE, new Stages(Stage.CREATE_FUNCTIONS, Stage.DROP_FUNCTIONS),
            DefinedKind.OPERATOR, new Stages(Stage.CREATE_FUNCTIONS, Stage.DROP_FUNCTIONS),
            DefinedKind.OPERATOR_FAMILY, new Stages(Stage.CREATE_FUNCTIONS, Stage.DROP_FUNCTIONS),
            DefinedKind.OPERATOR_CLASS, new Stages(Stage.CREATE_FUNCTIONS, Stage.DROP_FUNCTIONS)));

    static {
        // named by columns, indexes and other types: created with the types, dropped after what uses them
        STAGES.put(DefinedKind.COLLATION, new Stages(Stage.CREATE_TYPES, Stage.DROP_SEQUENCES_AND_TYPES));
        STAGES.put(DefinedKind.RANGE_TYPE, new Stages(Stage.CREATE_TYPES, Stage.DROP_SEQUENCES_AND_TYPES));
        // a cast needs its function; expressions that use it implicitly come later (tables, views)
        STAGES.put(DefinedKind.CAST, new Stages(Stage.CREATE_FUNCTIONS, Stage.DROP_FUNCTIONS));
        // an event trigger fires on DDL: dropped before, created after everything else the plan does
        STAGES.put(DefinedKind.EVENT_TRIGGER, new Stages(Stage.COMMENTS, Stage.DROP_VIEWS));
        // a publication names tables, their columns (column lists, row filters) and schemas: created after all of
        // them, dropped before them
        STAGES.put(DefinedKind.PUBLICATION, new Stages(Stage.COMMENTS, Stage.DROP_VIEWS));
        // named by generated columns and index expressions ('app.cfg'::regconfig): like types
        for (DefinedKind kind : List.of(DefinedKind.TEXT_SEARCH_CONFIGURATION, DefinedKind.TEXT_SEARCH_DICTIONARY,
                DefinedKind.TEXT_SEARCH_PARSER, DefinedKind.TEXT_SEARCH_TEMPLATE)) {
            STAGES.put(kind, new Stages(Stage.CREATE_TYPES, Stage.DROP_SEQUENCES_AND_TYPES));
        }
        // a wrapper needs its handler function; what uses a server (foreign tables) comes with the tables
        for (DefinedKind kind : List.of(DefinedKind.FOREIGN_DATA_WRAPPER, DefinedKind.SERVER,
                DefinedKind.USER_MAPPING)) {
            STAGES.put(kind, new Stages(Stage.CREATE_FUNCTIONS, Stage.DROP_FUNCTIONS));
        }
        STAGES.put(DefinedKind.FOREIGN_TABLE, new Stages(Stage.CREATE_TABLES_AND_COLUMNS,
                Stage.DROP_TABLES_AND_COLUMNS));
    }

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(CreateObject.class, 500, c -> stages(c.object()).create())
                .facts((c, mentions, f) -> {
                    f.requires().add(ObjectKey.schema(c.object().name().schema()));
                    f.requires().addAll(FunctionFacts.keys(c.uses()));
                    f.provides().add(ObjectKey.of(c.object().ref()));
                    f.provides().addAll(namespaceKeys(c.object()));
                })
                .names((c, names) -> names.object(c.object().name(), ObjectKey.of(c.object().ref())))
                .render((c, context) -> create(c.object()))
                .createsIsolated();
        kinds.add(DropObject.class, 510, d -> stages(d.object()).drop())
                .facts((d, mentions, f) -> {
                    f.releases().add(ObjectKey.schema(d.object().name().schema()));
                    f.releases().addAll(FunctionFacts.keys(d.uses()));
                    f.removes().add(ObjectKey.of(d.object().ref()));
                    f.removes().addAll(namespaceKeys(d.object()));
                    f.awaits().addAll(FunctionFacts.users(d.usedBy(), d.object().kind() == DefinedKind.RANGE_TYPE
                            || d.object().kind() == DefinedKind.COLLATION));
                })
                .names((d, names) -> names.object(d.object().name(), ObjectKey.of(d.object().ref())))
                .render((d, context) -> List.of(Statements.of(Action.DROP, Subject.defined(d.object()),
                        "drop " + d.object().describe(),
                        "DROP " + d.object().kind().keyword() + " " + d.object().target())))
                .removal();
        kinds.add(CommentObject.class, 520, Stage.COMMENTS)
                .facts((c, mentions, f) -> f.requires().add(ObjectKey.of(c.object().ref())))
                .render((c, context) -> List.of(comment(c.object())))
                .movableAfterCommit();
    }

    private static Stages stages(DefinedObject object) {
        Stages stages = STAGES.get(object.kind());
        if (stages == null) {
            throw new IllegalArgumentException("no stages for " + object.kind());
        }
        return stages;
    }

    /**
     * A foreign table takes its name in pg_class and pg_type, like a table: a plain table of that name must be
     * dropped first, and it is created before a column or signature naming its row type.
     */
    private static List<ObjectKey> namespaceKeys(DefinedObject object) {
        if (object.kind() != DefinedKind.FOREIGN_TABLE) {
            return List.of();
        }
        return List.of(ObjectKey.relation(object.name()), ObjectKey.type(object.name()));
    }

    private static List<Statement> create(DefinedObject object) {
        List<Statement> statements = new ArrayList<>();
        for (String sql : object.definition()) {
            statements.add(Statements.of(Action.CREATE, Subject.defined(object),
                    (statements.isEmpty() ? "create " : "define ") + object.describe(), sql));
        }
        if (object.comment() != null) {
            statements.add(comment(object));
        }
        return statements;
    }

    private static Statement comment(DefinedObject object) {
        return Statements.of(Action.ALTER, Subject.comment(Subject.defined(object)),
                (object.comment() == null ? "remove comment on " : "comment on ") + object.describe(),
                "COMMENT ON " + object.kind().keyword() + " " + object.target() + " IS "
                        + SqlText.literalOrNull(object.comment()));
    }
}
