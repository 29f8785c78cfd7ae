package dev.converge.source.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedObject;
import dev.converge.model.Grant;
import dev.converge.model.ObjectRef;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.source.write.DesiredStateFile;
import dev.converge.source.write.DesiredStateFormat;
import dev.converge.plan.ViewPlaceholders;
import dev.converge.source.yaml.YamlWriter;

/**
 * Writes a catalog as YAML desired-state files ({@code inspect --format yaml}). It lives in app because it joins
 * two layers that must not know each other: the report layer's {@link DesiredStateFormat} and the source layer's
 * {@link YamlWriter}. The catalog is cut into one part per schema and object kind ({@code shop/tables.yaml},
 * {@code shop/functions.yaml}, {@code schemas.yaml} for what belongs to no schema), each with the grants on its
 * objects, and each part is written by the same writer as a whole catalog would be. The loader retries statements
 * whose dependencies come later, so the files load in any order.
 */
final class YamlDesiredStateFormat implements DesiredStateFormat {

    /** The kinds of file within a schema, in the order a person reads a schema (as the SQL format). */
    private static final List<String> SCHEMA_FILES = List.of("types", "sequences", "tables", "views", "functions",
            "objects", "privileges");

    @Override
    public String name() {
        return "yaml";
    }

    @Override
    public List<DesiredStateFile> write(Catalog catalog, Set<String> schemas, String origin) {
        Set<QualifiedName> placeholders = ViewPlaceholders.views(Differ.diff(
                SqlDesiredStateFormat.freshDatabase(catalog), catalog, List.of(), Differ.Context.DATABASES));
        Map<String, Catalog> parts = new LinkedHashMap<>();
        parts.put("schemas.yaml", Catalog.builder().schemas(catalog.schemas())
                .grants(grantsOn(catalog, g -> g.object().kind() == ObjectKind.SCHEMA)).build());
        parts.put("extensions.yaml", Catalog.builder().extensions(catalog.extensions()).build());
        for (String schema : schemasOf(catalog)) {
            for (String kind : SCHEMA_FILES) {
                parts.put(directory(schema) + "/" + kind + ".yaml", part(catalog, schema, kind));
            }
        }
        parts.put("privileges.yaml", Catalog.builder().defaultPrivileges(catalog.defaultPrivileges().stream()
                .filter(d -> d.schema() == null).toList()).build());
        List<DesiredStateFile> files = new ArrayList<>();
        parts.forEach((path, part) -> {
            if (!part.equals(Catalog.empty())) {
                files.add(new DesiredStateFile(path, "# " + path + ": written by converge inspect from " + origin
                        + "\n# The desired state: edit it, then `converge plan` shows what it takes to get there.\n"
                        + YamlWriter.write(part, placeholders)));
            }
        });
        return List.copyOf(files);
    }

    /** The objects of one kind in one schema, with the grants on them (and, for tables, their parts). */
    private static Catalog part(Catalog catalog, String schema, String kind) {
        Predicate<QualifiedName> in = name -> name.schema().equals(schema);
        Set<QualifiedName> tables = new TreeSet<>();
        catalog.tables().stream().map(Table::name).filter(in).forEach(tables::add);
        Set<QualifiedName> views = new TreeSet<>();
        catalog.views().stream().map(v -> v.name()).filter(in).forEach(views::add);
        Catalog.Builder part = Catalog.builder();
        Set<ObjectRef> defined = definedRefs(catalog);
        return switch (kind) {
            case "types" -> part.enums(catalog.enums().stream().filter(e -> in.test(e.name())).toList())
                    .domains(catalog.domains().stream().filter(d -> in.test(d.name())).toList())
                    .compositeTypes(catalog.compositeTypes().stream().filter(c -> in.test(c.name())).toList())
                    .grants(grantsOn(catalog, g -> isKind(g, ObjectKind.TYPE, ObjectKind.DOMAIN)
                            && in.test(g.object().name()) && !defined.contains(g.object())))
                    .build();
            case "sequences" -> part.sequences(catalog.sequences().stream().filter(s -> in.test(s.name())).toList())
                    .grants(grantsOn(catalog, g -> isKind(g, ObjectKind.SEQUENCE) && in.test(g.object().name())))
                    .build();
            case "tables" -> part.tables(catalog.tables().stream().filter(t -> in.test(t.name())).toList())
                    .inheritances(catalog.inheritances().stream().filter(i -> tables.contains(i.table())).toList())
                    .tableOptions(catalog.tableOptions().stream().filter(o -> tables.contains(o.table())).toList())
                    .triggers(catalog.triggers().stream().filter(t -> tables.contains(t.table())).toList())
                    .policies(catalog.policies().stream().filter(p -> tables.contains(p.table())).toList())
                    .grants(grantsOn(catalog, g -> isKind(g, ObjectKind.TABLE, ObjectKind.COLUMN)
                            && tables.contains(g.object().name())))
                    .build();
            case "views" -> part.views(catalog.views().stream().filter(v -> in.test(v.name())).toList())
                    .tableOptions(catalog.tableOptions().stream().filter(o -> views.contains(o.table())).toList())
                    .triggers(catalog.triggers().stream().filter(t -> views.contains(t.table())).toList())
                    .grants(grantsOn(catalog, g -> views.contains(g.object().name()) && isKind(g, ObjectKind.TABLE,
                            ObjectKind.COLUMN, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW)))
                    .build();
            case "functions" -> part.functions(catalog.functions().stream().filter(f -> in.test(f.name())).toList())
                    .grants(grantsOn(catalog, g -> isKind(g, ObjectKind.FUNCTION, ObjectKind.PROCEDURE)
                            && in.test(g.object().name()) && !defined.contains(g.object())))
                    .build();
            case "objects" -> objects(catalog, in);
            case "privileges" -> part.defaultPrivileges(catalog.defaultPrivileges().stream()
                    .filter(d -> schema.equals(d.schema())).toList()).build();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /**
     * Objects managed by their definition, with the privileges on them (those of a range type are not the types
     * part's) and the dependencies that order them.
     */
    private static Catalog objects(Catalog catalog, Predicate<QualifiedName> in) {
        List<DefinedObject> objects = catalog.definedObjects().stream().filter(o -> in.test(o.name())).toList();
        if (objects.isEmpty()) {
            return Catalog.empty();
        }
        Set<ObjectRef> refs = objects.stream().map(DefinedObject::ref).collect(Collectors.toSet());
        return Catalog.builder().definedObjects(objects)
                .grants(grantsOn(catalog, g -> refs.contains(g.object()) || g.object().kind() == ObjectKind.COLUMN
                        && refs.contains(ObjectRef.of(ObjectKind.TABLE, g.object().name()))))
                .dependencies(catalog.dependencies()).build();
    }

    private static Set<ObjectRef> definedRefs(Catalog catalog) {
        return catalog.definedObjects().stream().map(DefinedObject::ref).collect(Collectors.toSet());
    }

    private static boolean isKind(Grant grant, ObjectKind... kinds) {
        return List.of(kinds).contains(grant.object().kind());
    }

    private static List<Grant> grantsOn(Catalog catalog, Predicate<Grant> filter) {
        return catalog.grants().stream().filter(filter).toList();
    }

    /** Every schema that holds an object or is named by default privileges, sorted. */
    private static Set<String> schemasOf(Catalog catalog) {
        Set<String> schemas = new TreeSet<>();
        catalog.enums().forEach(e -> schemas.add(e.name().schema()));
        catalog.domains().forEach(d -> schemas.add(d.name().schema()));
        catalog.compositeTypes().forEach(c -> schemas.add(c.name().schema()));
        catalog.sequences().forEach(s -> schemas.add(s.name().schema()));
        catalog.tables().forEach(t -> schemas.add(t.name().schema()));
        catalog.views().forEach(v -> schemas.add(v.name().schema()));
        catalog.functions().forEach(f -> schemas.add(f.name().schema()));
        catalog.definedObjects().forEach(o -> schemas.add(o.name().schema()));
        catalog.defaultPrivileges().stream().filter(d -> d.schema() != null).forEach(d -> schemas.add(d.schema()));
        return schemas;
    }

    /** A schema name as a directory name: anything but letters, digits, _ and - becomes _ (as the SQL format). */
    private static String directory(String schema) {
        return schema.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
