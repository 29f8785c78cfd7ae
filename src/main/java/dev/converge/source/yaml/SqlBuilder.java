package dev.converge.source.yaml;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import dev.converge.model.SqlText;
import dev.converge.source.SqlStatement;
import dev.converge.source.SqlStatement.Origin;

/**
 * Builds the text of one statement rendered from YAML, remembering for every part of it the place in the file
 * it came from, so that a PostgreSQL error on the statement points at the YAML line (and, inside a value copied
 * as written, such as a type or an expression, at the exact column).
 */
final class SqlBuilder {

    private final YamlFile file;
    private final Node start;
    private final StringBuilder sql = new StringBuilder();
    private final List<Origin> origins = new ArrayList<>();
    private Node context;
    private boolean contextCurrent;

    SqlBuilder(YamlFile file, Node start) {
        this.file = file;
        this.start = start;
        this.context = start;
    }

    /** Text generated from here on belongs to {@code node}. */
    SqlBuilder at(Node node) {
        if (node != null) {
            context = node;
            contextCurrent = false;
        }
        return this;
    }

    /** Generated text (keywords, punctuation). */
    SqlBuilder append(String text) {
        if (!contextCurrent) {
            Mark mark = context.getStartMark();
            origins.add(new Origin(sql.length(), mark.getLine() + 1, mark.getColumn() + 1, false));
            contextCurrent = true;
        }
        sql.append(text);
        return this;
    }

    SqlBuilder identifier(String name) {
        return append(SqlText.identifier(name));
    }

    SqlBuilder literal(String text) {
        return append(SqlText.literal(text));
    }

    /**
     * A value copied as written (a type, an expression, a query): PostgreSQL error positions inside it map to
     * the same character in the file. A block scalar ({@code |}) maps line by line, past its indentation.
     */
    SqlBuilder verbatim(ScalarNode value) {
        return verbatim(value, value.getValue());
    }

    /** The value's text up to {@code text}, a prefix of it (for a value written with a final semicolon). */
    SqlBuilder verbatim(ScalarNode value, String text) {
        Mark mark = value.getStartMark();
        ScalarStyle style = value.getScalarStyle();
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            blockOrigins(text, mark.getLine() + 1);
        } else {
            boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
            boolean oneLine = text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
            origins.add(new Origin(sql.length(), mark.getLine() + 1, mark.getColumn() + 1 + (quoted ? 1 : 0),
                    oneLine && style != ScalarStyle.DOUBLE_QUOTED));
        }
        sql.append(text);
        contextCurrent = false;
        return this;
    }

    /** A block scalar's content starts on the line after its indicator, indented as its first non-blank line. */
    private void blockOrigins(String text, int firstContentLineIndex) {
        String[] fileLines = file.source().content().split("\r\n|\r|\n", -1);
        int indent = 0;
        for (int i = firstContentLineIndex; i < fileLines.length; i++) {
            if (!fileLines[i].isBlank()) {
                indent = fileLines[i].length() - fileLines[i].stripLeading().length();
                break;
            }
        }
        int offset = 0;
        int line = firstContentLineIndex + 1;
        for (String part : text.split("\n", -1)) {
            origins.add(new Origin(sql.length() + offset, line, indent + 1, true));
            offset += part.length() + 1;
            line++;
        }
    }

    boolean isEmpty() {
        return sql.length() == 0;
    }

    int length() {
        return sql.length();
    }

    SqlStatement build() {
        Mark mark = start.getStartMark();
        return new SqlStatement(file.source(), mark.getLine() + 1, mark.getColumn() + 1, sql.toString(), origins);
    }
}
