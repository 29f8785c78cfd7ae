package dev.converge.plan;

import java.util.Comparator;
import java.util.List;

import dev.converge.change.AddColumn;
import dev.converge.change.AddConstraint;
import dev.converge.change.AddEnumValue;
import dev.converge.change.AlterColumn;
import dev.converge.change.AlterPolicy;
import dev.converge.change.AlterSequence;
import dev.converge.change.AlterViewOptions;
import dev.converge.change.CreateView;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.change.AlterTableOptions;
import dev.converge.change.Change;
import dev.converge.change.CreateEnum;
import dev.converge.change.CreateFunction;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropFunction;
import dev.converge.change.DropTrigger;
import dev.converge.change.ReplaceFunction;
import dev.converge.change.CreateIndex;
import dev.converge.change.CreatePolicy;
import dev.converge.change.CreateSchema;
import dev.converge.change.CreateSequence;
import dev.converge.change.AttachPartition;
import dev.converge.change.CreateTable;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropColumn;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropEnum;
import dev.converge.change.DropIndex;
import dev.converge.change.DropPolicy;
import dev.converge.change.GrantDefaultPrivileges;
import dev.converge.change.GrantPrivileges;
import dev.converge.change.RevokeDefaultPrivileges;
import dev.converge.change.RevokePrivileges;
import dev.converge.change.DropSchema;
import dev.converge.change.DropSequence;
import dev.converge.change.DropTable;
import dev.converge.change.Rename;
import dev.converge.change.SetComment;
import dev.converge.change.SetSequenceOwner;
import dev.converge.change.SetTableLogged;
// types helper
import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.AlterExtension;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.CreateExtension;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropExtension;
import dev.converge.change.RebuildEnum;
import dev.converge.model.ConstraintKind;

/**
 * The tie-break of the topological sort: among changes whose dependencies are met, the earliest phase runs
 * first, then the kind (in the order of {@link #KINDS}), then the object's name. The phases give a plan its
 * familiar shape (drops before creates, foreign keys last); correctness comes from the edges of
 * {@link ChangeFacts}, which can move a change past the phases when a real dependency asks for it.
 */
final class Placement {

    /**
     * Phases in plan order. New enum values come first: PostgreSQL will not let the transaction that adds a value
     * use it, so they run on their own (idempotently, IF NOT EXISTS) before the one transaction that holds every
     * other statement; placed anywhere else they would split that transaction in two.
     */
    enum Phase {
        EXTEND_ENUMS,
        RENAMES,
        // views go first and come back after the tables, constraints and indexes they may read
        DROP_VIEWS,
        DROP_TRIGGERS,
        DROP_FOREIGN_KEYS,
        RELEASE_SEQUENCE_OWNERS,
        DROP_CONSTRAINTS_AND_INDEXES,
        DROP_TABLES_AND_COLUMNS,
        DROP_FUNCTIONS,
        DROP_SEQUENCES_AND_TYPES,
        DROP_EXTENSIONS, // types helper: after everything that may use an extension's types or functions
        CREATE_SCHEMAS,
        CREATE_EXTENSIONS, // types helper: before the types, functions and tables that use them
        CREATE_TYPES,
        CREATE_SEQUENCES,
        CREATE_FUNCTIONS,
        CREATE_TABLES_AND_COLUMNS,
        ADD_CONSTRAINTS_AND_INDEXES,
        ADD_FOREIGN_KEYS,
        CREATE_VIEWS,
        CREATE_TRIGGERS,
        SET_SEQUENCE_OWNERS,
        // security: grants and policies once every object they name exists
        GRANTS_AND_POLICIES,
        COMMENTS,
        DROP_SCHEMAS
    }

    /** Every change kind, in tie-break order within a phase. A test checks that no permitted kind is missing. */
    static final List<Class<? extends Change>> KINDS = List.of(
            DropConstraint.class, SetSequenceOwner.class, DropIndex.class, DropColumn.class, DropTable.class,
            DropSequence.class, DropEnum.class, CreateSchema.class, CreateEnum.class, AddEnumValue.class,
            CreateSequence.class, AlterSequence.class, CreateTable.class, SetTableLogged.class, AddColumn.class,
            DetachPartition.class, AttachPartition.class,
            AlterColumn.class, AddConstraint.class, CreateIndex.class, SetComment.class, DropSchema.class,
            Rename.class,
            // types helper: domains, composite types, enum rebuilds, extensions
            DropDomain.class, DropCompositeType.class, DropExtension.class, CreateExtension.class,
            AlterExtension.class, RebuildEnum.class, CreateCompositeType.class, AlterCompositeType.class,
            CreateDomain.class, AlterDomain.class,
            // views and materialized views
            DropView.class, CreateView.class, ReplaceView.class, AlterViewOptions.class,
            // functions and triggers
            DropTrigger.class, DropFunction.class, CreateFunction.class, ReplaceFunction.class,
            CreateTrigger.class,
            // security
            DropPolicy.class, RevokePrivileges.class, RevokeDefaultPrivileges.class, AlterTableOptions.class,
            CreatePolicy.class, AlterPolicy.class, GrantPrivileges.class, GrantDefaultPrivileges.class);

    static final Comparator<Change> ORDER = Comparator
            .comparing(Placement::phase)
            .thenComparingInt(Placement::kindRank)
            .thenComparing(Placement::sortName)
            .thenComparing(Object::toString);

    private Placement() {
    }

    static Phase phase(Change change) {
        if (change instanceof DropConstraint d) {
            return isForeignKey(d.constraint().kind()) ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS_AND_INDEXES;
        } else if (change instanceof SetSequenceOwner s) {
            return s.desiredOwner() == null ? Phase.RELEASE_SEQUENCE_OWNERS : Phase.SET_SEQUENCE_OWNERS;
        } else if (change instanceof DropIndex || change instanceof DetachPartition) {
            return Phase.DROP_CONSTRAINTS_AND_INDEXES;
        } else if (change instanceof DropColumn || change instanceof DropTable) {
            return Phase.DROP_TABLES_AND_COLUMNS;
        } else if (change instanceof DropSequence || change instanceof DropEnum) {
            return Phase.DROP_SEQUENCES_AND_TYPES;
        } else if (change instanceof CreateSchema) {
            return Phase.CREATE_SCHEMAS;
        } else if (change instanceof AddEnumValue) {
            return Phase.EXTEND_ENUMS;
        } else if (change instanceof CreateEnum) {
            return Phase.CREATE_TYPES;
        } else if (change instanceof CreateSequence || change instanceof AlterSequence) {
            return Phase.CREATE_SEQUENCES;
        } else if (change instanceof CreateTable || change instanceof SetTableLogged
                || change instanceof AddColumn || change instanceof AlterColumn) {
            return Phase.CREATE_TABLES_AND_COLUMNS;
        } else if (change instanceof AddConstraint a) {
            return isForeignKey(a.constraint().kind()) ? Phase.ADD_FOREIGN_KEYS : Phase.ADD_CONSTRAINTS_AND_INDEXES;
        } else if (change instanceof CreateIndex || change instanceof AttachPartition) {
            return Phase.ADD_CONSTRAINTS_AND_INDEXES;
        } else if (change instanceof SetComment) {
            return Phase.COMMENTS;
        } else if (change instanceof DropSchema) {
            return Phase.DROP_SCHEMAS;
        } else if (change instanceof Rename) {
            return Phase.RENAMES;
        } else if (change instanceof DropView) {
            return Phase.DROP_VIEWS;
        } else if (change instanceof CreateView || change instanceof ReplaceView
                || change instanceof AlterViewOptions) {
            return Phase.CREATE_VIEWS;
        } else if (change instanceof DropTrigger) {
            return Phase.DROP_TRIGGERS;
        } else if (change instanceof DropFunction) {
            return Phase.DROP_FUNCTIONS;
        } else if (change instanceof CreateFunction || change instanceof ReplaceFunction) {
            return Phase.CREATE_FUNCTIONS;
        } else if (change instanceof CreateTrigger) {
            return Phase.CREATE_TRIGGERS;
        } else if (change instanceof DropPolicy || change instanceof RevokePrivileges
                || change instanceof RevokeDefaultPrivileges) {
            return Phase.DROP_CONSTRAINTS_AND_INDEXES;
        } else if (change instanceof AlterTableOptions) {
            return Phase.ADD_CONSTRAINTS_AND_INDEXES;
        } else if (change instanceof CreatePolicy || change instanceof AlterPolicy
                || change instanceof GrantPrivileges || change instanceof GrantDefaultPrivileges) {
            return Phase.GRANTS_AND_POLICIES;
        }
        return typesPhase(change);
    }

    /** Phases of the types helper's kinds: domains, composite types, enum rebuilds, extensions. */
    private static Phase typesPhase(Change change) {
        if (change instanceof DropDomain || change instanceof DropCompositeType) {
            return Phase.DROP_SEQUENCES_AND_TYPES;
        } else if (change instanceof DropExtension) {
            return Phase.DROP_EXTENSIONS;
        } else if (change instanceof CreateExtension || change instanceof AlterExtension) {
            return Phase.CREATE_EXTENSIONS;
        } else if (change instanceof RebuildEnum || change instanceof CreateCompositeType
                || change instanceof AlterCompositeType || change instanceof CreateDomain
                || change instanceof AlterDomain) {
            return Phase.CREATE_TYPES;
        }
        throw new IllegalArgumentException("no phase for change kind " + change.getClass().getName());
    }

    static int kindRank(Change change) {
        int rank = KINDS.indexOf(change.getClass());
        if (rank < 0) {
            throw new IllegalArgumentException("no rank for change kind " + change.getClass().getName());
        }
        return rank;
    }

    /**
     * The object's qualified name (with its member for columns, constraints, labels). New columns sort by their
     * desired position so that they are added in the order users wrote them.
     */
    static String sortName(Change change) {
        if (change instanceof CreateSchema c) {
            return c.schema().name();
        } else if (change instanceof DropSchema d) {
            return d.schema().name();
        } else if (change instanceof CreateEnum c) {
            return c.enumType().name().toString();
        } else if (change instanceof DropEnum d) {
            return d.enumType().name().toString();
        } else if (change instanceof AddEnumValue a) {
            return a.enumName() + "." + a.label();
        } else if (change instanceof CreateSequence c) {
            return c.sequence().name().toString();
        } else if (change instanceof DropSequence d) {
            return d.sequence().name().toString();
        } else if (change instanceof AlterSequence a) {
            return a.desired().name().toString();
        } else if (change instanceof SetSequenceOwner s) {
            return s.sequence().toString();
        } else if (change instanceof CreateTable c) {
            return c.table().name().toString();
        } else if (change instanceof DropTable d) {
            return d.table().name().toString();
        } else if (change instanceof SetTableLogged s) {
            return s.table().toString();
        } else if (change instanceof AttachPartition a) {
            return a.partition().toString();
        } else if (change instanceof DetachPartition d) {
            return d.partition().toString();
        } else if (change instanceof AddColumn a) {
            return a.table() + "." + String.format("%06d", a.position());
        } else if (change instanceof DropColumn d) {
            return d.table() + "." + d.column().name();
        } else if (change instanceof AlterColumn a) {
            return a.table() + "." + a.desired().name();
        } else if (change instanceof AddConstraint a) {
            return a.table() + "." + a.constraint().name();
        } else if (change instanceof DropConstraint d) {
            return d.table() + "." + d.constraint().name();
        } else if (change instanceof CreateIndex c) {
            return c.index().qualifiedName().toString();
        } else if (change instanceof DropIndex d) {
            return d.index().qualifiedName().toString();
        } else if (change instanceof SetComment s) {
            return s.target().kind() + " " + s.target();
        } else if (change instanceof Rename r) {
            // Tables and types first: renames of their members name them by their new names.
            return r.target().ordinal() + " " + r.object() + "." + (r.from() == null ? "" : r.from());
        } else if (change instanceof CreateView c) {
            return c.view().name().toString();
        } else if (change instanceof DropView d) {
            return d.view().name().toString();
        } else if (change instanceof ReplaceView r) {
            return r.desired().name().toString();
        } else if (change instanceof AlterViewOptions a) {
            return a.desired().name().toString();
        } else if (change instanceof CreateFunction c) {
            return c.function().signature();
        } else if (change instanceof ReplaceFunction r) {
            return r.desired().signature();
        } else if (change instanceof DropFunction d) {
            return d.function().signature();
        } else if (change instanceof CreateTrigger c) {
            return c.trigger().table() + "." + c.trigger().name();
        } else if (change instanceof DropTrigger d) {
            return d.trigger().table() + "." + d.trigger().name();
        } else if (change instanceof GrantPrivileges g) {
            return g.object() + " " + g.grantee() + " " + g.withGrantOption();
        } else if (change instanceof RevokePrivileges r) {
            return r.object() + " " + r.grantee() + " " + r.grantOptionOnly();
        } else if (change instanceof GrantDefaultPrivileges g) {
            return g.scope() + " " + g.withGrantOption();
        } else if (change instanceof RevokeDefaultPrivileges r) {
            return r.scope() + " " + r.grantOptionOnly();
        } else if (change instanceof CreatePolicy c) {
            return c.policy().table() + "." + c.policy().name();
        } else if (change instanceof DropPolicy d) {
            return d.policy().table() + "." + d.policy().name();
        } else if (change instanceof AlterPolicy a) {
            return a.desired().table() + "." + a.desired().name();
        } else if (change instanceof AlterTableOptions a) {
            return a.desired().table().toString();
        }
        return typesSortName(change);
    }

    /** Names of the types helper's kinds: domains, composite types, enum rebuilds, extensions. */
    private static String typesSortName(Change change) {
        if (change instanceof CreateDomain c) {
            return c.domain().name().toString();
        } else if (change instanceof DropDomain d) {
            return d.domain().name().toString();
        } else if (change instanceof AlterDomain a) {
            return a.desired().name().toString();
        } else if (change instanceof CreateCompositeType c) {
            return c.type().name().toString();
        } else if (change instanceof DropCompositeType d) {
            return d.type().name().toString();
        } else if (change instanceof AlterCompositeType a) {
            return a.desired().name().toString();
        } else if (change instanceof RebuildEnum r) {
            return r.desired().name().toString();
        } else if (change instanceof CreateExtension c) {
            return c.extension().name();
        } else if (change instanceof DropExtension d) {
            return d.extension().name();
        } else if (change instanceof AlterExtension a) {
            return a.desired().name();
        }
        throw new IllegalArgumentException("no name for change kind " + change.getClass().getName());
    }

    /** A short label for messages, e.g. {@code AddConstraint public.orders.orders_customer_fk}. */
    static String describe(Change change) {
        return change.getClass().getSimpleName() + " " + sortName(change);
    }

    private static boolean isForeignKey(ConstraintKind kind) {
        return kind == ConstraintKind.FOREIGN_KEY;
    }
}
