package dev.converge.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.converge.error.DesiredStateException;

/**
 * Splits a desired-state file into statements the way psql does, so that any file psql can run, Converge can
 * load, and every statement keeps the line and column where it starts.
 *
 * <p>Why a hand-written lexer: JSqlParser cannot parse much of PostgreSQL's DDL (dollar-quoted function
 * bodies, {@code BEGIN ATOMIC}, many {@code CREATE} options), so it cannot be trusted even to find statement
 * boundaries; pgjdbc's internal parser splits but reports no positions. Splitting only needs PostgreSQL's
 * lexical rules, which are small and stable: {@code '...'} strings with {@code ''} escapes, {@code E'...'}
 * strings with backslash escapes, {@code "..."} identifiers, {@code $tag$...$tag$} dollar quotes, {@code --}
 * and nested block comments. Like psql (src/bin/psql/psqlscan.l), a semicolon inside parentheses or inside the
 * {@code BEGIN ... END} of a {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC} body does not end
 * the statement.
 *
 * <p>Transaction control ({@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END},
 * {@code ROLLBACK}, {@code ABORT}, {@code SAVEPOINT}, {@code RELEASE}) is dropped: the loader runs each
 * statement on its own. pg_dump's <code>&#92;restrict</code> and <code>&#92;unrestrict</code> lines are
 * skipped; any other psql meta-command ({@code \connect}, {@code \i}...) is an error, as it is not SQL.
 */
public final class SqlSplitter {

    private static final Set<String> TRANSACTION_CONTROL =
            Set.of("begin", "commit", "end", "rollback", "abort", "savepoint", "release");

    private final SourceFile file;
    private final String text;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int pos;
    /** Offset of the current statement's first token, or -1 while only whitespace and comments were seen. */
    private int start = -1;
    private TextPosition lastStart = TextPosition.START;
    private int lastStartOffset;
    private int parenDepth;
    private int beginDepth;
    /** The statement's leading words, lower-cased, up to its first token that is not a plain word. */
    private final List<String> leadingWords = new ArrayList<>(4);
    private boolean leadingWordsDone;

    private SqlSplitter(SourceFile file) {
        this.file = file;
        this.text = file.content();
    }

    /** The file's statements in order; comment-only pieces and transaction control are left out. */
    public static List<SqlStatement> split(SourceFile file) {
        SqlSplitter splitter = new SqlSplitter(file);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == ';' && parenDepth == 0 && beginDepth == 0) {
                endStatement(pos);
                pos++;
            } else {
                if (start < 0) {
                    start = pos;
                }
                token(c);
            }
        }
        if (start >= 0) {
            endStatement(n);
        }
    }

    /** Consumes one token that starts at {@code pos} with {@code c}. */
    private void token(char c) {
        if (c == '\'') {
            skipString(false);
        } else if (c == '"') {
            skipQuotedIdentifier();
        } else if (c == '$') {
            dollar();
        } else if (c == '\\') {
            skipRestrictOrFail();
        } else if (isIdentStart(c)) {
            word();
        } else if (isDigit(c)) {
            notWord();
            skipIdentChars();
        } else {
            notWord();
            if (c == '(') {
                parenDepth++;
            } else if (c == ')' && parenDepth > 0) {
                parenDepth--;
            }
            pos++;
        }
    }

    private void word() {
        int from = pos;
        skipIdentChars();
        String word = text.substring(from, pos);
        if ((word.equals("E") || word.equals("e")) && peek(0) == '\'') {
            notWord();
            skipString(true);
            return;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!leadingWordsDone && leadingWords.size() < 4) {
            leadingWords.add(lower);
        }
        trackBeginAtomic(lower);
    }

    /**
     * Tracks {@code BEGIN ... END} nesting in SQL-standard routine bodies, with psql's heuristic: only in a
     * statement that starts {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, outside parentheses; a {@code CASE}
     * inside such a body also ends with {@code END}.
     */
    private void trackBeginAtomic(String word) {
        if (parenDepth != 0 || !isRoutineDefinition()) {
            return;
        }
        if (word.equals("begin") || (word.equals("case") && beginDepth > 0)) {
            beginDepth++;
        } else if (word.equals("end") && beginDepth > 0) {
            beginDepth--;
        }
    }

    private boolean isRoutineDefinition() {
        List<String> w = leadingWords;
        if (w.size() < 2 || !w.get(0).equals("create")) {
            return false;
        }
        if (isRoutineKeyword(w.get(1))) {
            return true;
        }
        return w.size() >= 4 && w.get(1).equals("or") && w.get(2).equals("replace") && isRoutineKeyword(w.get(3));
    }

    private static boolean isRoutineKeyword(String word) {
        return word.equals("function") || word.equals("procedure");
    }

    private void notWord() {
        leadingWordsDone = true;
    }

    private void skipIdentChars() {
        while (pos < text.length() && isIdentChar(text.charAt(pos))) {
            pos++;
        }
    }

    private void skipLineComment() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
    }

    /** Block comments nest in PostgreSQL, unlike in the SQL standard and most languages. */
    private void skipBlockComment() {
        int from = pos;
        int depth = 0;
        while (pos < text.length()) {
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
        throw unterminated(from, "block comment");
    }

    /** A {@code '...'} string; {@code ''} is a quote; with {@code backslashEscapes} (E'...'), so is {@code \'}. */
    private void skipString(boolean backslashEscapes) {
        int from = backslashEscapes ? pos - 1 : pos;
        notWord();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == '\'' && peek(1) == '\'') {
                pos += 2;
            } else if (c == '\'') {
                pos++;
                return;
            } else {
                pos++;
            }
        }
        throw unterminated(from, "quoted string");
    }

    private void skipQuotedIdentifier() {
        int from = pos;
        notWord();
        pos++;
        while (pos < text.length()) {
            if (text.charAt(pos) == '"') {
                if (peek(1) != '"') {
                    pos++;
                    return;
                }
                pos++;
            }
            pos++;
        }
        throw unterminated(from, "quoted identifier");
    }

    /** {@code $tag$...$tag$} (tag empty or an identifier without {@code $}), else a parameter such as {@code $1}. */
    private void dollar() {
        notWord();
        int tagEnd = pos + 1;
        if (tagEnd < text.length() && isIdentStart(text.charAt(tagEnd))) {
            while (tagEnd < text.length() && isIdentChar(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
                tagEnd++;
            }
        }
        if (tagEnd >= text.length() || text.charAt(tagEnd) != '$') {
            pos++;
            skipIdentChars();
            return;
        }
        String tag = text.substring(pos, tagEnd + 1);
        int close = text.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            throw unterminated(pos, "dollar-quoted string " + tag);
        }
        pos = close + tag.length();
    }

    private void endStatement(int end) {
        if (start >= 0 && !isTransactionControl()) {
            int trimmed = end;
            while (trimmed > start && isSpace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            TextPosition at = positionOf(start);
            statements.add(new SqlStatement(file, at.line(), at.column(), text.substring(start, trimmed)));
        }
        start = -1;
        parenDepth = 0;
        beginDepth = 0;
        leadingWords.clear();
        leadingWordsDone = false;
    }

    private boolean isTransactionControl() {
        if (leadingWords.isEmpty()) {
            return false;
        }
        String first = leadingWords.get(0);
        return TRANSACTION_CONTROL.contains(first)
                || (first.equals("start") && leadingWords.size() > 1 && leadingWords.get(1).equals("transaction"));
    }

    /** Positions are asked for in increasing order, so counting from the previous one keeps splitting linear. */
    private TextPosition positionOf(int offset) {
        if (offset < lastStartOffset) {
            lastStart = TextPosition.START;
            lastStartOffset = 0;
        }
        lastStart = lastStart.advance(text, lastStartOffset, offset);
        lastStartOffset = offset;
        return lastStart;
    }

    private DesiredStateException unterminated(int from, String what) {
        return new DesiredStateException(where(from) + ": unterminated " + what + " (started here)");
    }

    /**
     * pg_dump (17.6, 16.10, 15.14 and later) brackets every plain dump with <code>&#92;restrict KEY</code>
     * and <code>&#92;unrestrict KEY</code>, which only stop psql from running meta-commands smuggled into the
     * dump by a hostile server; they change nothing in the database, so they are skipped to the end of their line
     * (psql reads a meta-command's arguments up to the line end). Any other meta-command would change what runs
     * ({@code \i}, {@code \connect}, {@code \set}...), which Converge cannot do, so it is an error.
     */
    private void skipRestrictOrFail() {
        int end = pos + 1;
        while (end < text.length() && !isSpace(text.charAt(end)) && text.charAt(end) != '\\') {
            end++;
        }
        String command = text.substring(pos, end);
        if (!command.equals("\\restrict") && !command.equals("\\unrestrict")) {
            throw new DesiredStateException(where(pos) + ": psql meta-command " + command + " is not SQL"
                    + " (only pg_dump's \\restrict and \\unrestrict lines are accepted, and ignored)");
        }
        if (start != pos) {
            throw new DesiredStateException(where(pos) + ": psql meta-command " + command
                    + " inside a statement (end the statement before it with a semicolon)");
        }
        start = -1; // the meta-command is no part of a statement
        pos = end;
        skipLineComment();
    }

    private String where(int offset) {
        TextPosition at = positionOf(offset);
        return file.displayName() + ":" + at.line() + ":" + at.column();
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    /** PostgreSQL's whitespace (scan.l): not Java's, which includes Unicode spaces PostgreSQL rejects. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** PostgreSQL's ident_start: a letter, underscore, or any non-ASCII character. */
    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentChar(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }
}
