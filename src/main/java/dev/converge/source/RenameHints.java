package dev.converge.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.model.RenameHint;
import dev.converge.model.RenameHint.Target;
import dev.converge.model.SqlText;
import dev.converge.source.StatementTokens.Token;

/**
 * Finds rename annotations in desired SQL: {@code -- converge:renamed-from old_name}, and psqldef's
 * {@code -- @renamed from=old_name} (also in block comments), so teams coming from psqldef keep their files. The
 * annotation names the object it stands beside: in {@code CREATE TABLE}, before the column list or after its
 * opening parenthesis on the same line, the table; after (or on the line before) a column or constraint, that
 * element; in {@code CREATE INDEX}, the index; in {@code CREATE TYPE ... AS ENUM}, after a label on its line, the
 * label, anywhere else the type. {@code -- converge:using <expression>} beside a column gives the conversion of
 * its type change ({@link Target#USING}).
 */
public final class RenameHints {

    private static final Pattern ANNOTATION = Pattern.compile(
            "(?:converge:renamed-from\\s+|@renamed\\s+from=)(\"(?:[^\"]|\"\")*\"|[^\\s*]+)");
    /** {@code -- converge:using <expression>}: the rest of the comment (of a block comment, up to its end). */
    private static final Pattern USING = Pattern.compile("converge:using\\s+(.*?)\\s*(?:\\*/)?\\s*$", Pattern.DOTALL);

    private RenameHints() {
    }

    public static List<RenameHint> in(List<SqlStatement> statements) {
        List<RenameHint> hints = new ArrayList<>();
        for (SqlStatement statement : statements) {
            if (statement.sql().contains("renamed") || statement.sql().contains("converge:using")) {
                hints.addAll(in(statement));
            }
        }
        return hints;
    }

    static List<RenameHint> in(SqlStatement statement) {
        List<Token> all = StatementTokens.of(statement.sql());
        List<RenameHint> hints = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Token token = all.get(i);
            if (token.kind() != StatementTokens.Kind.COMMENT) {
                continue;
            }
            Matcher using = USING.matcher(token.text());
            if (using.find() && !using.group(1).isEmpty()) {
                String location = statement.file().displayName() + ":" + (statement.line() + token.line() - 1);
                RenameHint column = StatementShape.of(all).target(i, using.group(1), location);
                if (column != null && column.target() == Target.COLUMN) {
                    hints.add(new RenameHint(Target.USING, column.schema(), column.name(), column.member(),
                            using.group(1), location));
                }
                continue;
            }
            Matcher matcher = ANNOTATION.matcher(token.text());
            if (matcher.find()) {
                String from = SqlText.parseIdentifier(matcher.group(1));
                String location = statement.file().displayName() + ":" + (statement.line() + token.line() - 1);
                RenameHint hint = StatementShape.of(all).target(i, from, location);
                if (hint != null) {
                    hints.add(hint);
                }
            }
        }
        return hints;
    }

    /** The parts of a CREATE statement that annotations can refer to, by token index. */
    private record StatementShape(List<Token> tokens, Target kind, String schema, String name, int open,
                                  List<int[]> elements) {

        static StatementShape of(List<Token> all) {
            List<Integer> code = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).kind() != StatementTokens.Kind.COMMENT) {
                    code.add(i);
                }
            }
            int p = 0;
            if (code.isEmpty() || !all.get(code.get(p)).isWord("CREATE")) {
                return new StatementShape(all, null, null, null, -1, List.of());
            }
            p++;
            Target kind = null;
            while (p < code.size() && kind == null) {
                Token t = all.get(code.get(p));
                if (t.isWord("TABLE")) {
                    kind = Target.TABLE;
                } else if (t.isWord("INDEX")) {
                    kind = Target.INDEX;
                } else if (t.isWord("TYPE")) {
                    kind = Target.TYPE;
                } else if (t.kind() != StatementTokens.Kind.WORD || p > 4) {
                    return new StatementShape(all, null, null, null, -1, List.of());
                }
                p++;
            }
            while (p < code.size() && (all.get(code.get(p)).isWord("IF") || all.get(code.get(p)).isWord("NOT")
                    || all.get(code.get(p)).isWord("EXISTS") || all.get(code.get(p)).isWord("CONCURRENTLY"))) {
                p++;
            }
            if (p >= code.size()) {
                return new StatementShape(all, null, null, null, -1, List.of());
            }
            String schema = null;
            String name = all.get(code.get(p)).identifier();
            if (p + 2 < code.size() && all.get(code.get(p + 1)).is(".")) {
                schema = name;
                name = all.get(code.get(p + 2)).identifier();
            }
            int open = -1;
            for (int q = p; q < code.size(); q++) {
                if (all.get(code.get(q)).is("(")) {
                    open = code.get(q);
                    break;
                }
            }
            return new StatementShape(all, kind, schema, name, open, open < 0 ? List.of() : elements(all, open));
        }

        /** Start and end token index of each top-level element of the list opened at {@code open}. */
        private static List<int[]> elements(List<Token> all, int open) {
            List<int[]> elements = new ArrayList<>();
            int depth = 0;
            int start = -1;
            for (int i = open + 1; i < all.size(); i++) {
                Token t = all.get(i);
                if (t.kind() == StatementTokens.Kind.COMMENT) {
                    continue;
                }
                if (t.is("(")) {
                    depth++;
                } else if (t.is(")") && depth == 0) {
                    if (start >= 0) {
                        elements.add(new int[] {start, i - 1});
                    }
                    break;
                } else if (t.is(")")) {
                    depth--;
                } else if (t.is(",") && depth == 0) {
                    if (start >= 0) {
                        elements.add(new int[] {start, i - 1});
                    }
                    start = -1;
                    continue;
                }
                if (start < 0) {
                    start = i;
                }
            }
            return elements;
        }

        RenameHint target(int comment, String from, String location) {
            if (kind == null || name == null) {
                return null;
            }
            if (kind == Target.INDEX) {
                return new RenameHint(Target.INDEX, schema, name, null, from, location);
            }
            boolean enumType = kind == Target.TYPE && open >= 0;
            int element = element(comment);
            if (element < 0) {
                return new RenameHint(kind, schema, name, null, from, location);
            }
            Token first = tokens.get(elements.get(element)[0]);
            if (enumType) {
                return first.kind() == StatementTokens.Kind.STRING
                        ? new RenameHint(Target.ENUM_VALUE, schema, name, first.stringValue(), from, location)
                        : null;
            }
            if (first.isWord("CONSTRAINT") && elements.get(element)[0] + 1 < tokens.size()) {
                String constraint = tokens.get(nextCode(elements.get(element)[0] + 1)).identifier();
                return new RenameHint(Target.CONSTRAINT, schema, name, constraint, from, location);
            }
            if (first.kind() == StatementTokens.Kind.WORD && isTableConstraintKeyword(first)) {
                return null;
            }
            return new RenameHint(Target.COLUMN, schema, name, first.identifier(), from, location);
        }

        /**
         * The element the comment annotates, or -1 for the object itself: the last element that starts on the
         * comment's line before it; else, for a comment on a line of its own inside a table's list, the next one.
         */
        private int element(int comment) {
            if (open < 0 || comment < open) {
                return -1;
            }
            int line = tokens.get(comment).line();
            int found = -1;
            for (int e = 0; e < elements.size(); e++) {
                int start = elements.get(e)[0];
                if (start < comment && tokens.get(start).line() == line) {
                    found = e;
                }
            }
            if (found >= 0 || kind != Target.TABLE) {
                return found;
            }
            if (tokens.get(open).line() == line) {
                return -1;
            }
            for (int e = 0; e < elements.size(); e++) {
                if (elements.get(e)[0] > comment) {
                    return e;
                }
            }
            return -1;
        }

        private int nextCode(int from) {
            int i = from;
            while (i < tokens.size() && tokens.get(i).kind() == StatementTokens.Kind.COMMENT) {
                i++;
            }
            return Math.min(i, tokens.size() - 1);
        }

        private static boolean isTableConstraintKeyword(Token token) {
            for (String keyword : List.of("PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE", "LIKE")) {
                if (token.isWord(keyword)) {
                    return true;
                }
            }
            return false;
        }
    }
}
