package dev.converge.change;

/**
 * One difference between the current and the desired catalog, as data. The set of kinds is closed so that the
 * planner's ordering and rendering can be checked to cover every kind; what PostgreSQL cannot alter in place is
 * already split into a drop and a create here, by the differ, and nowhere else. A change holds no SQL.
 */
public sealed interface Change permits
        CreateSchema, DropSchema, CreateExtension, DropExtension, AlterExtension,
        CreateEnum, DropEnum, AddEnumValue, RebuildEnum,
        CreateDomain, DropDomain, AlterDomain, CreateCompositeType, DropCompositeType, AlterCompositeType,
        CreateSequence, DropSequence, AlterSequence, SetSequenceOwner,
        CreateTable, DropTable, SetTableLogged, AttachPartition, DetachPartition, SaveRows, RestoreRows, NameAttachedIndex,
        ValidateCheckCopy,
        AlterInheritance,
        AddColumn, DropColumn, AlterColumn,
        AddConstraint, DropConstraint, CreateIndex, DropIndex,
        CreateView, DropView, ReplaceView, AlterViewOptions, SetViewColumnDefault,
        CreateFunction, ReplaceFunction, DropFunction, CreateTrigger, DropTrigger,
        GrantPrivileges, RevokePrivileges, GrantDefaultPrivileges, RevokeDefaultPrivileges,
        CreatePolicy, DropPolicy, AlterPolicy, AlterTableOptions,
        AlterColumnSettings, AlterIndexStatistics, SetClusterIndex,
        CreateObject, DropObject, CommentObject,
        SetComment, Rename {

    /**
     * The name the change sorts by when nothing else orders it: the object's qualified name, with its member for
     * columns, constraints and labels. The planner's last tie-break, so that a plan is the same whatever order the
     * changes came in.
     */
    String sortName();
}
