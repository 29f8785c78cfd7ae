package dev.converge.change;

/**
 * One difference between the current and the desired catalog, as data. The set of kinds is closed so that the
 * planner's ordering and rendering can be checked to cover every kind; what PostgreSQL cannot alter in place is
 * already split into a drop and a create here, by the differ, and nowhere else. A change holds no SQL.
 */
public sealed interface Change permits
        CreateSchema, DropSchema,
        CreateEnum, DropEnum, AddEnumValue,
        CreateSequence, DropSequence, AlterSequence, SetSequenceOwner,
        CreateTable, DropTable, SetTableLogged, AttachPartition, DetachPartition,
        AddColumn, DropColumn, AlterColumn,
        AddConstraint, DropConstraint,
        CreateIndex, DropIndex,
        SetComment,
        Rename,
        // types helper: domains, composite types, enum rebuilds, extensions
        CreateDomain, DropDomain, AlterDomain,
        CreateCompositeType, DropCompositeType, AlterCompositeType,
        RebuildEnum,
        CreateExtension, DropExtension, AlterExtension,
        // views and materialized views
        CreateView, DropView, ReplaceView, AlterViewOptions,
        // functions and triggers
        CreateFunction, ReplaceFunction, DropFunction,
        CreateTrigger, DropTrigger,
        // security
        GrantPrivileges, RevokePrivileges, GrantDefaultPrivileges, RevokeDefaultPrivileges,
        CreatePolicy, DropPolicy, AlterPolicy, AlterTableOptions {
}
