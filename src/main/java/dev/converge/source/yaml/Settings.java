package dev.converge.source.yaml;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;

/**
 * The settings a table, its columns and its indexes keep apart from their definition, each one ALTER after the
 * object is created: a column's {@code statistics}, {@code storage} (plain, external, extended, main),
 * {@code compression} (pglz, lz4, default) and {@code options} ({n_distinct: ..., n_distinct_inherited: ...}); an
 * index's {@code statistics} ({column number: target}); a table's {@code cluster_on} index.
 *
 * <p>Column settings come late, once the table's partitions exist: ALTER TABLE reaches them too, as it does when
 * the same SQL follows the partitions' CREATE TABLE (a partition takes its parent's columns, and their settings).
 */
final class Settings {

    static final List<String> COLUMN_KEYS = List.of("statistics", "storage", "compression", "options");
    static final List<String> STORAGES = List.of("plain", "external", "extended", "main");
    static final List<String> COMPRESSIONS = List.of("pglz", "lz4", "default");
    static final List<String> OPTIONS = List.of("n_distinct", "n_distinct_inherited");

    private Settings() {
    }

    static void column(Rendering r, String table, YamlMap column) {
        String alter = "ALTER TABLE " + table + " ALTER COLUMN " + SqlText.identifier(column.requiredText("name"));
        Long statistics = column.integer("statistics");
        if (statistics != null) {
            r.addLate(r.statement(column.value("statistics")).append(alter + " SET STATISTICS " + statistics));
        }
        String storage = column.choice("storage", STORAGES);
        if (storage != null) {
            r.addLate(r.statement(column.value("storage")).append(alter + " SET STORAGE " + storage.toUpperCase(
                    java.util.Locale.ROOT)));
        }
        String compression = column.choice("compression", COMPRESSIONS);
        if (compression != null) {
            r.addLate(r.statement(column.value("compression")).append(alter + " SET COMPRESSION " + compression));
        }
        Map<String, ScalarNode> options = column.settings("options");
        for (Map.Entry<String, ScalarNode> option : options.entrySet()) {
            if (!OPTIONS.contains(option.getKey())) {
                throw r.file().error(option.getValue(), "column option \"" + option.getKey()
                        + "\" is not one PostgreSQL has (n_distinct, n_distinct_inherited)");
            }
        }
        if (!options.isEmpty()) {
            r.addLate(r.statement(column.value("options")).append(alter + " SET " + Rendering.parameters(options)));
        }
    }

    /** {@code statistics: {1: 500}}: ALTER INDEX ... ALTER COLUMN 1 SET STATISTICS 500, for a named index. */
    static void index(Rendering r, String schema, YamlMap index) {
        Map<String, ScalarNode> statistics = index.settings("statistics");
        if (statistics.isEmpty()) {
            return;
        }
        if (!index.has("name")) {
            throw r.file().error(index.keyNode("statistics"), "an index with \"statistics\" needs a \"name\"");
        }
        String name = Rendering.qualified(schema, index.requiredText("name"));
        statistics.forEach((column, target) -> {
            if (!column.matches("[1-9][0-9]*") || !target.getValue().matches("-?[0-9]+")) {
                throw r.file().error(target, "index statistics are column number: target (1: 500), not "
                        + column + ": " + target.getValue());
            }
            r.add(r.statement(target).append("ALTER INDEX " + name + " ALTER COLUMN " + column + " SET STATISTICS "
                    + target.getValue()));
        });
    }

    /** {@code cluster_on: index}: after every index and constraint of the table exists. */
    static void cluster(Rendering r, String table, YamlMap node) {
        String index = node.text("cluster_on");
        if (index != null) {
            r.addLate(r.statement(node.value("cluster_on")).append("ALTER TABLE " + table + " CLUSTER ON "
                    + SqlText.identifier(index)));
        }
    }
}
