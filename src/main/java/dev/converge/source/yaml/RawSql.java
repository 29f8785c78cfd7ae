package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.error.DesiredStateException;
import dev.converge.source.SourceFile;
import dev.converge.source.SqlSplitter;
import dev.converge.source.SqlStatement;
import dev.converge.source.SqlStatement.Origin;

/**
 * The escape hatch, {@code sql: |}: SQL for what the format cannot express, split exactly like a {@code .sql}
 * file. Each statement keeps the place in the YAML file its text came from, line by line past the block's
 * indentation, so PostgreSQL errors point into the YAML file.
 */
final class RawSql {

    private static final Pattern LOCATION = Pattern.compile("^[^\\n]*?:(\\d+):(\\d+): ");

    private RawSql() {
    }

    static List<SqlStatement> statements(YamlFile file, ScalarNode value) {
        SourceFile yaml = file.source();
        Placement placement = Placement.of(yaml.content(), value);
        List<SqlStatement> split;
        try {
            split = SqlSplitter.split(new SourceFile(yaml.path(), yaml.displayName(), value.getValue()));
        } catch (DesiredStateException e) {
            throw relocated(e, placement);
        }
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlStatement statement : split) {
            int[] at = placement.map(statement.line(), statement.column());
            List<Origin> origins = new ArrayList<>();
            origins.add(new Origin(0, at[0], at[1], placement.exact()));
            String sql = statement.sql();
            for (int i = sql.indexOf('\n'), line = statement.line() + 1; i >= 0; i = sql.indexOf('\n', i + 1), line++) {
                int[] next = placement.map(line, 1);
                origins.add(new Origin(i + 1, next[0], next[1], placement.exact()));
            }
            statements.add(new SqlStatement(yaml, at[0], at[1], sql, origins));
        }
        return statements;
    }

    /** A splitter error names a line of the block: name the file's line instead. */
    private static DesiredStateException relocated(DesiredStateException e, Placement placement) {
        Matcher matcher = LOCATION.matcher(e.getMessage());
        if (!matcher.find()) {
            return e;
        }
        int[] at = placement.map(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        String prefix = e.getMessage().substring(0, matcher.start(1) - 1);
        return new DesiredStateException(prefix + ":" + at[0] + ":" + at[1] + ": "
                + e.getMessage().substring(matcher.end()));
    }

    /**
     * Where line {@code n} of a scalar's value is in the file. A literal block ({@code |}) is exact: its lines
     * follow the indicator, indented by the block's indentation. Other styles fold lines, so only their start
     * is known.
     */
    private record Placement(int firstLine, int firstColumn, int indent, boolean exact) {

        static Placement of(String content, ScalarNode value) {
            int line = value.getStartMark().getLine();
            int column = value.getStartMark().getColumn();
            if (value.getScalarStyle() == ScalarStyle.LITERAL) {
                String[] lines = content.split("\r\n|\r|\n", -1);
                int indent = 0;
                for (int i = line + 1; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        indent = lines[i].length() - lines[i].stripLeading().length();
                        break;
                    }
                }
                return new Placement(line + 2, 1, indent, true);
            }
            boolean quoted = value.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
                    || value.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED;
            return new Placement(line + 1, column + 1 + (quoted ? 1 : 0), 0, false);
        }

        /** The 1-based file line and column of the value's 1-based line and column. */
        int[] map(int line, int column) {
            if (!exact) {
                return new int[] {firstLine, firstColumn};
            }
            return new int[] {firstLine + line - 1, indent + column};
        }
    }
}
