package dev.converge.source.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.converge.diff.Differ;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedKind;
import dev.converge.model.Grant;
import dev.converge.model.Schema;
import dev.converge.plan.Plan;
import dev.converge.plan.Planner;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject;
import dev.converge.plan.Subject.Kind;

/**
 * Writes a catalog as plain SQL desired-state files. The SQL is the plan that creates the catalog in an empty
 * database, so it comes from the same renderers as every plan (one home for quoting and DDL text) and is
 * already in dependency order. The statements are then grouped into one file per schema and object kind
 * ({@code shop/tables.sql}, {@code shop/functions.sql}, {@code schemas.sql} for what belongs to no schema);
 * within a file they keep the plan's order. Converge's loader retries statements whose dependencies come later,
 * so the files load in any order.
 */
public final class SqlDesiredStateFormat implements DesiredStateFormat {

    /** File names in the order a person reads a schema: containers and types first, then data, then behaviour. */
    private static final String PUBLIC_SCHEMA = "public";

    private static final List<String> FILE_ORDER = List.of("schemas", "extensions", "types", "sequences", "tables",
            "views", "functions", "objects", "triggers", "policies", "privileges", "comments");

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public List<DesiredStateFile> write(Catalog catalog, Set<String> schemas, String origin) {
        Plan plan = Planner.plan(Differ.diff(freshDatabase(catalog), catalog, List.of(), Differ.Context.DATABASES));
        Map<String, List<Statement>> byFile = new TreeMap<>(SqlDesiredStateFormat::compareFiles);
        Map<String, String> rootSchemas = UnvalidatedPartitions.rootSchemas(catalog);
        for (Statement statement : plan.statements()) {
            String root = statement.subject().kind() == Kind.TABLE && statement.action() == Statement.Action.CREATE
                    ? rootSchemas.get(statement.subject().name()) : null;
            String file = root != null && schemas.contains(root) ? safeFileName(root) + "/tables.sql"
                    : fileOf(statement, schemas);
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(statement);
        }
        List<DesiredStateFile> files = new ArrayList<>();
        byFile.forEach((path, statements) -> files.add(new DesiredStateFile(path, render(path, statements, origin))));
        return List.copyOf(files);
    }

    /**
     * What the database the files are loaded into already has, so that only the differences are written:
     * schema {@code public} as template0 makes it (PostgreSQL 15: comment "standard public schema", USAGE for
     * PUBLIC). The privileges PostgreSQL gives PUBLIC on every new object (USAGE on types, EXECUTE on functions)
     * the diff assumes itself for the catalogs of databases: a revoked default shows as a REVOKE, and a default
     * that was kept is not spelt out.
     */
    static Catalog freshDatabase(Catalog catalog) {
        if (!catalog.schemasByName().containsKey(PUBLIC_SCHEMA)) {
            return Catalog.empty();
        }
        return Catalog.builder().schemas(List.of(new Schema(PUBLIC_SCHEMA, "standard public schema")))
                .grants(List.of(new Grant(Grant.schemaRef(PUBLIC_SCHEMA), Grant.PUBLIC, "USAGE", false))).build();
    }

    private static String render(String path, List<Statement> statements, String origin) {
        StringBuilder text = new StringBuilder();
        text.append("-- ").append(path).append(": written by converge inspect from ").append(origin).append('\n');
        text.append("-- The desired state: edit it, then `converge plan` shows what it takes to get there.\n");
        for (Statement statement : statements) {
            text.append('\n');
            String sql = statement.sql().strip();
            text.append(sql).append(sql.endsWith(";") ? "" : ";").append('\n');
        }
        return text.toString();
    }

    /** {@code <schema>/<kind>.sql} for objects in an inspected schema, {@code <kind>.sql} for the others. */
    static String fileOf(Statement statement, Set<String> schemas) {
        String kind = fileKind(statement.subject());
        if (kind.equals("schemas") || kind.equals("extensions")) {
            return kind + ".sql";
        }
        String schema = schemaOf(statement.subject().name(), schemas);
        return schema == null ? kind + ".sql" : safeFileName(schema) + "/" + kind + ".sql";
    }

    private static String fileKind(Subject subject) {
        return switch (subject.kind()) {
            case SCHEMA -> "schemas";
            case EXTENSION -> "extensions";
            case ENUM, DOMAIN, TYPE -> "types";
            case SEQUENCE -> "sequences";
            case TABLE, COLUMN, CONSTRAINT, INDEX -> "tables";
            case VIEW, MATERIALIZED_VIEW -> "views";
            case FUNCTION, PROCEDURE -> "functions";
            case TRIGGER -> "triggers";
            case POLICY -> "policies";
            case PRIVILEGE, DEFAULT_PRIVILEGES -> "privileges";
            case COMMENT -> "comments";
            // a view's triggers sit with the tables' triggers
            case DEFINED -> subject.definedKind() == DefinedKind.VIEW_TRIGGER ? "triggers" : "objects";
        };
    }

    /**
     * The schema an object name mentions: {@code shop} for {@code shop.orders}, {@code trg on shop.orders},
     * {@code table shop.orders} or {@code owner in shop TABLES to reader} (default privileges); what follows
     * {@code on} wins. A schema name may hold spaces ({@code table Sales Data.items}), so names are matched at
     * each word start rather than word by word; the first position that starts a schema name followed by the end,
     * a dot or a space wins, the longest name there. Null when it names none of the inspected schemas.
     */
    static String schemaOf(String objectName, Set<String> schemas) {
        int on = objectName.lastIndexOf(" on ");
        String text = on >= 0 ? objectName.substring(on + 4) : objectName;
        for (int start = 0; start < text.length(); start = text.indexOf(' ', start) + 1) {
            String best = null;
            for (String schema : schemas) {
                int end = start + schema.length();
                boolean names = text.startsWith(schema, start)
                        && (end == text.length() || text.charAt(end) == '.' || text.charAt(end) == ' ');
                if (names && (best == null || schema.length() > best.length())) {
                    best = schema;
                }
            }
            if (best != null) {
                return best;
            }
            if (text.indexOf(' ', start) < 0) {
                break;
            }
        }
        return null;
    }

    /** A schema name as a directory name: anything but letters, digits, _ and - becomes _. */
    private static String safeFileName(String schema) {
        return schema.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static int compareFiles(String a, String b) {
        String dirA = a.contains("/") ? a.substring(0, a.indexOf('/')) : "";
        String dirB = b.contains("/") ? b.substring(0, b.indexOf('/')) : "";
        if (!dirA.equals(dirB)) {
            return dirA.compareTo(dirB);
        }
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1).replace(".sql", "");
        int index = FILE_ORDER.indexOf(base);
        return index < 0 ? FILE_ORDER.size() : index;
    }
}
