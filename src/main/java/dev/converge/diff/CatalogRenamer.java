package dev.converge.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.change.Rename;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.ColumnRef;
import dev.converge.model.Constraint;
import dev.converge.model.EnumType;
import dev.converge.model.ForeignKey;
import dev.converge.model.Grant;
import dev.converge.model.Index;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.PartitionOf;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.Sequence;
import dev.converge.model.SqlText;
import dev.converge.model.Table;
import dev.converge.model.TableOptions;
import dev.converge.model.Trigger;

/**
 * Returns the current catalog as PostgreSQL will describe it after a {@link Rename}: the object under its new
 * name, and the definitions that mention it (foreign keys, index definitions, column types and defaults) reprinted
 * with the new name, so that the diff that follows sees no difference where the rename alone suffices.
 */
final class CatalogRenamer {

    private CatalogRenamer() {
    }

    static Catalog apply(Catalog catalog, Rename rename) {
        return renameGrants(renameObjects(catalog, rename), rename);
    }

    /**
     * Grants follow their object: a renamed table, column or type keeps its privileges under the new name (a
     * grant on the old name would otherwise be revoked from an object that no longer has it).
     */
    private static Catalog renameGrants(Catalog catalog, Rename rename) {
        QualifiedName renamed = QualifiedName.of(rename.object().schema(), rename.to());
        return catalog.toBuilder().grants(catalog.grants().stream().map(g -> {
            ObjectRef o = g.object();
            ObjectRef moved = switch (rename.target()) {
                case TABLE -> (o.kind() == ObjectKind.TABLE || o.kind() == ObjectKind.COLUMN)
                        && o.name().equals(rename.object()) ? new ObjectRef(o.kind(), renamed, o.member()) : o;
                case TYPE -> o.kind() == ObjectKind.TYPE && o.name().equals(rename.object())
                        ? new ObjectRef(o.kind(), renamed, o.member()) : o;
                case COLUMN -> o.kind() == ObjectKind.COLUMN && o.name().equals(rename.object())
                        && rename.from().equals(o.member()) ? new ObjectRef(o.kind(), o.name(), rename.to()) : o;
                default -> o;
            };
            return moved == o ? g : new Grant(moved, g.grantee(), g.privilege(), g.grantable());
        }).toList()).build();
    }

    private static Catalog renameObjects(Catalog catalog, Rename rename) {
        return switch (rename.target()) {
            case TABLE -> renameTable(catalog, rename.object(), QualifiedName.of(rename.object().schema(), rename.to()));
            case COLUMN -> renameColumn(catalog, rename.object(), rename.from(), rename.to());
            case CONSTRAINT -> mapTables(catalog, t -> !t.name().equals(rename.object()) ? t
                    : withConstraints(t, t.constraints().stream().map(c -> c.name().equals(rename.from())
                            ? new Constraint(rename.to(), c.kind(), c.columns(), c.definition(), c.deferrable(),
                                    c.initiallyDeferred(), c.foreignKey(), c.comment()) : c).toList()));
            case INDEX -> mapTables(catalog, t -> withIndexes(t, t.indexes().stream()
                    .map(i -> i.qualifiedName().equals(rename.object()) ? renameIndex(i, rename.to()) : i).toList()));
            case TYPE -> renameType(catalog, rename.object(), QualifiedName.of(rename.object().schema(), rename.to()));
            case ENUM_VALUE -> renameLabel(catalog, rename.object(), rename.from(), rename.to());
            case USING -> catalog; // never a Rename: Renames leaves conversion hints out
        };
    }

    private static Catalog renameTable(Catalog catalog, QualifiedName from, QualifiedName to) {
        String oldText = SqlText.qualified(from);
        String newText = SqlText.qualified(to);
        Catalog tablesRenamed = mapTables(catalog, t -> {
            Table table = t.name().equals(from) ? t.withName(to).withIndexes(t.indexes().stream()
                    .map(i -> new Index(i.name(), to, i.unique(), i.method(), i.columns(),
                            i.predicate(), i.definition().replace(" ON " + oldText + " ", " ON " + newText + " ")
                                    .replace(" ON ONLY " + oldText + " ", " ON ONLY " + newText + " "),
                            i.comment(), i.valid(), i.statistics())).toList()) : t;
            if (table.isPartition() && table.partitionOf().parent().equals(from)) {
                table = table.withPartitionOf(new PartitionOf(to, table.partitionOf().bound()));
            }
            return withConstraints(table, table.constraints().stream().map(c -> {
                ForeignKey fk = c.foreignKey();
                if (fk == null || !fk.referencedTable().equals(from)) {
                    return c;
                }
                return new Constraint(c.name(), c.kind(), c.columns(),
                        c.definition().replace("REFERENCES " + oldText + "(", "REFERENCES " + newText + "("),
                        c.deferrable(), c.initiallyDeferred(), new ForeignKey(to, fk.referencedColumns(),
                        fk.onUpdate(), fk.onDelete(), fk.match()), c.comment());
            }).toList());
        });
        Catalog withParts = ViewPrintsFollow.applyTable(tablePartsFollow(tablesRenamed, from, to), from, to);
        return withSequences(withParts, withParts.sequences().stream().map(s -> s.ownedBy() != null
                && s.ownedBy().table().equals(from) ? s.withOwnedBy(new ColumnRef(to, s.ownedBy().column())) : s)
                .toList());
    }

    /** A renamed table keeps its policies, triggers and options (RLS, storage parameters, replica identity). */
    private static Catalog tablePartsFollow(Catalog catalog, QualifiedName from, QualifiedName to) {
        String onOld = " ON " + SqlText.qualified(from) + " ";
        String onNew = " ON " + SqlText.qualified(to) + " ";
        return catalog.toBuilder()
                .policies(catalog.policies().stream().map(p -> !p.table().equals(from) ? p
                        : new Policy(to, p.name(), p.command(), p.permissive(), p.roles(), p.using(), p.withCheck(),
                                p.columns(), p.comment())).toList())
                .triggers(catalog.triggers().stream().map(t -> !t.table().equals(from) ? t
                        : new Trigger(to, t.name(), t.function(), t.columns(), t.constraint(), t.enabled(),
                                t.definition().replace(onOld, onNew), t.comment())).toList())
                .tableOptions(catalog.tableOptions().stream().map(o -> !o.table().equals(from) ? o
                        : new TableOptions(to, o.rowSecurity(), o.forceRowSecurity(), o.storageParameters(),
                                o.replicaIdentity(), o.replicaIndex(), o.clusterIndex())).toList())
                .build();
    }

    private static Catalog renameColumn(Catalog catalog, QualifiedName tableName, String from, String to) {
        String referencePrefix = "REFERENCES " + SqlText.qualified(tableName) + "(";
        Catalog renamed = mapTables(catalog, t -> {
            Table table = t;
            if (t.name().equals(tableName)) {
                table = t.withColumns(
                        t.columns().stream().map(c -> c.name().equals(from) ? renamedColumn(c, to) : c).toList())
                        .withConstraints(t.constraints().stream().map(c -> new Constraint(c.name(), c.kind(),
                                rename(c.columns(), from, to), renameOwnColumns(c, from, to), c.deferrable(),
                                c.initiallyDeferred(), c.foreignKey(), c.comment())).toList())
                        .withIndexes(t.indexes().stream().map(i -> new Index(i.name(), i.table(), i.unique(),
                                i.method(), rename(i.columns(), from, to), i.predicate() == null ? null
                                : replaceIdentifier(i.predicate(), from, to), renameAfterFirstParen(i.definition(), from, to),
                                i.comment(), i.valid(), i.statistics())).toList());
            }
            return withConstraints(table, table.constraints().stream().map(c -> {
                ForeignKey fk = c.foreignKey();
                if (fk == null || !fk.referencedTable().equals(tableName) || !fk.referencedColumns().contains(from)) {
                    return c;
                }
                return new Constraint(c.name(), c.kind(), c.columns(), renameReferenced(c.definition(),
                        referencePrefix, from, to), c.deferrable(), c.initiallyDeferred(),
                        new ForeignKey(fk.referencedTable(), rename(fk.referencedColumns(), from, to), fk.onUpdate(),
                                fk.onDelete(), fk.match()), c.comment());
            }).toList());
        });
        ColumnRef old = new ColumnRef(tableName, from);
        Catalog withParts = ColumnPartsFollow.apply(withSequences(renamed, renamed.sequences().stream()
                .map(s -> old.equals(s.ownedBy()) ? s.withOwnedBy(new ColumnRef(tableName, to)) : s).toList()),
                tableName, from, to);
        return ViewPrintsFollow.apply(withParts, tableName, from, to);
    }

    private static Column renamedColumn(Column c, String to) {
        return new Column(to, c.type(), c.notNull(), c.defaultExpression(), c.identity(), c.generatedExpression(),
                c.collation(), c.comment(), c.settings());
    }

    /** A constraint's own columns; for a foreign key only the part before REFERENCES. */
    private static String renameOwnColumns(Constraint c, String from, String to) {
        int references = c.definition().indexOf(" REFERENCES ");
        if (references < 0) {
            return replaceIdentifier(c.definition(), from, to);
        }
        return replaceIdentifier(c.definition().substring(0, references), from, to)
                + c.definition().substring(references);
    }

    private static String renameReferenced(String definition, String prefix, String from, String to) {
        int start = definition.indexOf(prefix);
        if (start < 0) {
            return definition;
        }
        int open = start + prefix.length();
        int close = definition.indexOf(')', open);
        return definition.substring(0, open) + replaceIdentifier(definition.substring(open, close), from, to)
                + definition.substring(close);
    }

    private static String renameAfterFirstParen(String definition, String from, String to) {
        int open = definition.indexOf('(');
        return open < 0 ? definition
                : definition.substring(0, open) + replaceIdentifier(definition.substring(open), from, to);
    }

    private static Index renameIndex(Index index, String to) {
        String definition = index.definition().replaceFirst(
                "INDEX " + Pattern.quote(SqlText.identifier(index.name())) + " ON ",
                Matcher.quoteReplacement("INDEX " + SqlText.identifier(to) + " ON "));
        return new Index(to, index.table(), index.unique(), index.method(), index.columns(), index.predicate(),
                definition, index.comment(), index.valid(), index.statistics());
    }

    private static Catalog renameType(Catalog catalog, QualifiedName from, QualifiedName to) {
        String oldText = SqlText.qualified(from);
        String newText = SqlText.qualified(to);
        Catalog renamed = catalog.toBuilder()
                .enums(catalog.enums().stream().map(e -> e.name().equals(from)
                        ? new EnumType(to, e.labels(), e.comment()) : e).toList())
                .build();
        return mapColumns(renamed, c -> {
            String type = c.type().equals(oldText) ? newText
                    : c.type().equals(oldText + "[]") ? newText + "[]" : c.type();
            String defaultExpression = c.defaultExpression() == null ? null
                    : c.defaultExpression().replace("::" + oldText, "::" + newText);
            return new Column(c.name(), type, c.notNull(), defaultExpression, c.identity(), c.generatedExpression(),
                    c.collation(), c.comment(), c.settings());
        });
    }

    private static Catalog renameLabel(Catalog catalog, QualifiedName type, String from, String to) {
        Catalog renamed = catalog.toBuilder()
                .enums(catalog.enums().stream().map(e -> !e.name().equals(type) ? e
                        : new EnumType(e.name(), rename(e.labels(), from, to), e.comment())).toList())
                .build();
        String oldLiteral = SqlText.literal(from) + "::" + SqlText.qualified(type);
        String newLiteral = SqlText.literal(to) + "::" + SqlText.qualified(type);
        return mapColumns(renamed, c -> c.defaultExpression() == null || !c.defaultExpression().contains(oldLiteral)
                ? c : new Column(c.name(), c.type(), c.notNull(), c.defaultExpression().replace(oldLiteral, newLiteral),
                c.identity(), c.generatedExpression(), c.collation(), c.comment(), c.settings()));
    }

    /**
     * Replaces the identifier {@code from} (as PostgreSQL prints it: quoted only when it must be) by {@code to},
     * where it stands as a whole identifier, outside string literals and not as part of a qualified name.
     */
    static String replaceIdentifier(String text, String from, String to) {
        String quotedFrom = SqlText.identifier(from);
        String replacement = Matcher.quoteReplacement(SqlText.identifier(to));
        Pattern pattern = quotedFrom.startsWith("\"")
                ? Pattern.compile(Pattern.quote(quotedFrom))
                : Pattern.compile("(?<![\\w\"'.$])" + Pattern.quote(quotedFrom) + "(?![\\w\"'$(])");
        return pattern.matcher(text).replaceAll(replacement);
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    private static Catalog mapTables(Catalog catalog, java.util.function.UnaryOperator<Table> mapper) {
        return catalog.toBuilder().tables(catalog.tables().stream().map(mapper).toList()).build();
    }

    private static Catalog mapColumns(Catalog catalog, java.util.function.UnaryOperator<Column> mapper) {
        return mapTables(catalog, t -> t.withColumns(t.columns().stream().map(mapper).toList()));
    }

    private static Catalog withSequences(Catalog catalog, List<Sequence> sequences) {
        return catalog.toBuilder().sequences(sequences).build();
    }

    private static Table withConstraints(Table t, List<Constraint> constraints) {
        return t.withConstraints(constraints);
    }

    private static Table withIndexes(Table t, List<Index> indexes) {
        return t.withIndexes(indexes);
    }
}
