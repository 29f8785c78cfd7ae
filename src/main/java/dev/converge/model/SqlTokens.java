package dev.converge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one quote-, comment- and parenthesis-aware scanner of SQL text: words, quoted identifiers, string literals
 * (plain, escape and dollar-quoted), punctuation and comments, each with its line and its place in the text. Used
 * wherever Converge must find something in SQL or catalog text without being fooled by a quote or a nested
 * parenthesis (names an expression mentions, the end of a parenthesised list, the tokens an annotation stands
 * beside). It does not parse: PostgreSQL does that.
 */
public final class SqlTokens {

    public enum Kind { WORD, QUOTED, STRING, PUNCT, COMMENT }

    /** One token: {@code start} and {@code end} are its offsets in the scanned text, {@code line} counts from 1. */
    public record Token(Kind kind, String text, int line, int start, int end) {

        public boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }

        public boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** A word or a quoted identifier. */
        public boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The identifier this token names, as PostgreSQL would store it (unquoted words fold to lower case). */
        public String identifier() {
            return SqlText.parseIdentifier(text);
        }

        /** The text of a string literal without its quotes (dollar quotes and {@code E''} strings too). */
        public String stringValue() {
            if (text.startsWith("$")) {
                int tag = text.indexOf('$', 1) + 1;
                return text.substring(tag, text.length() - tag);
            }
            String body = text.startsWith("'") ? text : text.substring(1);
            return body.substring(1, body.length() - 1).replace("''", "'");
        }
    }

    private SqlTokens() {
    }

    /** Every token of {@code sql}, comments included. Unterminated quotes and comments run to the end. */
    public static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Kind kind;
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
                kind = Kind.COMMENT;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                i = skipBlockComment(sql, i);
                kind = Kind.COMMENT;
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(sql, i, c, false);
                kind = c == '"' ? Kind.QUOTED : Kind.STRING;
            } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                i = skipQuoted(sql, i + 1, '\'', true);
                kind = Kind.STRING;
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int close = dollarTagEnd(sql, i);
                String tag = sql.substring(i, close + 1);
                int end = sql.indexOf(tag, close + 1);
                i = end < 0 ? n : end + tag.length();
                kind = Kind.STRING;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                kind = Kind.WORD;
            } else {
                i++;
                kind = Kind.PUNCT;
            }
            String text = sql.substring(start, i);
            tokens.add(new Token(kind, text, line, start, i));
            if (kind != Kind.WORD && kind != Kind.PUNCT) {
                line += (int) text.chars().filter(ch -> ch == '\n').count();
            }
        }
        return tokens;
    }

    /**
     * {@code sql} with {@code edit} applied to each stretch of code between its string literals and comments, which
     * are kept as they are: a textual rewrite of names (a renamed table or column in a view's print) must not
     * change the text of a literal that happens to spell the same name.
     */
    public static String editOutsideStrings(String sql, UnaryOperator<String> edit) {
        StringBuilder out = new StringBuilder(sql.length());
        int from = 0;
        for (Token token : of(sql)) {
            if (token.kind() == Kind.STRING || token.kind() == Kind.COMMENT) {
                out.append(edit.apply(sql.substring(from, token.start()))).append(token.text());
                from = token.end();
            }
        }
        return out.append(edit.apply(sql.substring(from))).toString();
    }

    /** The stretches of code of {@code sql} between its string literals and comments, in order. */
    public static List<String> outsideStrings(String sql) {
        List<String> stretches = new ArrayList<>();
        editOutsideStrings(sql, stretch -> {
            stretches.add(stretch);
            return stretch;
        });
        return stretches;
    }

    /**
     * The offset of the parenthesis that closes the one at {@code open} in {@code text}, skipping quotes and
     * nested parentheses; -1 when it is not closed.
     */
    public static int closingParenthesis(String text, int open) {
        int depth = 0;
        for (Token token : of(text.substring(open))) {
            if (token.is("(")) {
                depth++;
            } else if (token.is(")") && --depth == 0) {
                return open + token.start();
            }
        }
        return -1;
    }

    /**
     * The comma-separated items inside the parentheses that open at {@code open} (commas inside quotes or nested
     * parentheses do not split), trimmed; empty when the parenthesis is not closed.
     */
    public static List<String> items(String text, int open) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int itemStart = open + 1;
        for (Token token : of(text.substring(open))) {
            int at = open + token.start();
            if (token.is("(")) {
                depth++;
            } else if (token.is(")") && --depth == 0) {
                items.add(text.substring(itemStart, at).strip());
                return items;
            } else if (token.is(",") && depth == 1) {
                items.add(text.substring(itemStart, at).strip());
                itemStart = at + 1;
            }
        }
        return List.of();
    }

    /**
     * The qualified names ({@code schema.name}, either part quoted or not) that {@code text} mentions outside
     * string literals and comments, each with whether a call parenthesis follows it. Only the first two parts of
     * a longer chain count.
     */
    public static List<NameUse> qualifiedNames(String text) {
        List<Token> tokens = of(text);
        List<NameUse> names = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!first.isIdentifier() || (i > 0 && tokens.get(i - 1).is(".")) || !tokens.get(i + 1).is(".")
                    || tokens.get(i + 1).start() != first.end() || !tokens.get(i + 2).isIdentifier()
                    || tokens.get(i + 2).start() != tokens.get(i + 1).end()) {
                continue;
            }
            Token second = tokens.get(i + 2);
            boolean call = i + 3 < tokens.size() && tokens.get(i + 3).is("(")
                    && tokens.get(i + 3).start() == second.end();
            names.add(new NameUse(QualifiedName.of(first.identifier(), second.identifier()), call));
        }
        return names;
    }

    /**
     * The schema-qualified operators that {@code text} names in PostgreSQL's {@code OPERATOR(schema.op)} syntax, the
     * way catalog text prints an operator not on the search path ({@code x OPERATOR(app.<|) 10}); the name is the
     * operator's characters as written. A bare {@code OPERATOR(op)} (no schema) is left out.
     */
    public static List<QualifiedName> operatorNames(String text) {
        List<Token> tokens = of(text);
        List<QualifiedName> names = new ArrayList<>();
        for (int i = 0; i + 5 < tokens.size(); i++) {
            if (!tokens.get(i).isWord("OPERATOR") || !tokens.get(i + 1).is("(")
                    || !tokens.get(i + 2).isIdentifier() || !tokens.get(i + 3).is(".")) {
                continue;
            }
            StringBuilder op = new StringBuilder();
            int j = i + 4;
            while (j < tokens.size() && tokens.get(j).kind() == Kind.PUNCT && !tokens.get(j).is(")")) {
                op.append(tokens.get(j).text());
                j++;
            }
            if (j < tokens.size() && tokens.get(j).is(")") && op.length() > 0) {
                names.add(QualifiedName.of(tokens.get(i + 2).identifier(), op.toString()));
                i = j;
            }
        }
        return names;
    }

    /** A qualified name mentioned in text, and whether it is called ({@code schema.f(}). */
    public record NameUse(QualifiedName name, boolean call) {
    }

    /**
     * The parts of a dotted name such as {@code a."B c"} as stored ({@code [a, B c]}); dots in quotes do not split.
     * Empty when the text is not a dotted name.
     */
    public static List<String> nameParts(String text) {
        List<String> parts = new ArrayList<>();
        List<Token> tokens = of(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean wantIdentifier = i % 2 == 0;
            if (wantIdentifier && token.isIdentifier()) {
                parts.add(token.identifier());
            } else if (wantIdentifier || !token.is(".")) {
                return List.of();
            }
        }
        return tokens.size() % 2 == 1 ? parts : List.of();
    }

    private static int skipBlockComment(String sql, int i) {
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    private static int skipQuoted(String sql, int i, char quote, boolean backslashEscapes) {
        int j = i + 1;
        while (j < sql.length()) {
            char c = sql.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return sql.length();
    }

    /** The offset of the {@code $} that ends a dollar-quote tag starting at {@code i}, or -1. */
    private static int dollarTagEnd(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        boolean tagOk = j < sql.length() && sql.charAt(j) == '$'
                && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)));
        return tagOk ? j : -1;
    }
}
