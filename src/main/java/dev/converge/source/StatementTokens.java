package dev.converge.source;

import java.util.ArrayList;
import java.util.List;

import dev.converge.model.SqlText;

/**
 * The tokens of one statement, comments included, with their line, so that an annotation comment can be tied to
 * the object it stands beside. Only what rename hints need is distinguished: words, quoted identifiers, strings,
 * punctuation and comments; the statement was already split, so quotes are known to be terminated.
 */
final class StatementTokens {

    enum Kind { WORD, QUOTED, STRING, PUNCT, COMMENT }

    record Token(Kind kind, String text, int line) {
        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** The identifier this token names, as PostgreSQL would store it (unquoted words fold to lower case). */
        String identifier() {
            return SqlText.parseIdentifier(text);
        }

        /** The text of a string literal without its quotes. */
        String stringValue() {
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
    }

    private StatementTokens() {
    }

    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int start = i;
            int startLine = line;
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
                tokens.add(new Token(Kind.COMMENT, sql.substring(start, i), startLine));
                continue;
            }
            if (c == '/' && sql.startsWith("/*", i)) {
                int depth = 0;
                while (i < sql.length()) {
                    if (sql.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (sql.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        if (sql.charAt(i) == '\n') {
                            line++;
                        }
                        i++;
                    }
                }
                tokens.add(new Token(Kind.COMMENT, sql.substring(start, i), startLine));
                continue;
            }
            if (c == '"' || c == '\'') {
                i = skipQuoted(sql, i, c);
                String text = sql.substring(start, i);
                line += (int) text.chars().filter(ch -> ch == '\n').count();
                tokens.add(new Token(c == '"' ? Kind.QUOTED : Kind.STRING, text, startLine));
                continue;
            }
            if (c == '$') {
                int close = sql.indexOf('$', i + 1);
                String tag = close > 0 ? sql.substring(i, close + 1) : "$";
                if (close > 0 && tag.matches("\\$[A-Za-z_0-9]*\\$")) {
                    int end = sql.indexOf(tag, close + 1);
                    i = end < 0 ? sql.length() : end + tag.length();
                    String text = sql.substring(start, i);
                    line += (int) text.chars().filter(ch -> ch == '\n').count();
                    tokens.add(new Token(Kind.STRING, text, startLine));
                    continue;
                }
            }
            if (Character.isLetter(c) || c == '_') {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i), startLine));
                continue;
            }
            i++;
            tokens.add(new Token(Kind.PUNCT, String.valueOf(c), startLine));
        }
        return tokens;
    }

    private static int skipQuoted(String sql, int i, char quote) {
        int j = i + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == quote) {
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
}
