package dev.converge.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.source.StatementTokens.Kind;
import dev.converge.source.StatementTokens.Token;

/**
 * What one desired-state statement touches, as far as {@link ParallelLoader} needs to know to run statements with
 * no dependency between them at the same time: the names it defines or changes ({@link #writes}), the names it
 * mentions ({@link #mentions}, every identifier, also inside strings and function bodies, so a guess errs towards a
 * dependency), and whether it must run alone ({@link Role#BARRIER}) or on the one loading session
 * ({@link Role#SESSION}). Names are compared without their schema (an over-approximation: two objects of the same name
 * in two schemas are ordered as if they were one). A dependency this misses only costs time: the statement fails
 * with "does not exist" and the sequential loader runs it again after the others.
 */
record StatementFootprint(Role role, Set<String> writes, Set<String> mentions) {

    enum Role {
        /** Creates {@link #writes} and reads the rest: runs once every earlier writer of a name it mentions ran. */
        CREATE,
        /** Changes {@link #writes}, reads the rest (ALTER TABLE, CREATE POLICY, an unnamed CREATE INDEX...). */
        ALTER,
        /** Runs after every earlier statement and before every later one (ALTER DEFAULT PRIVILEGES, DROP...). */
        BARRIER,
        /** Belongs to the loading session (SET, DO, DML, transaction control): ends the parallel round. */
        SESSION
    }

    /** Words that may stand between CREATE [OR REPLACE] and the object keyword. */
    private static final Set<String> MODIFIERS = Set.of("temp", "temporary", "unlogged", "global", "local",
            "recursive", "materialized", "unique", "constraint", "trusted", "procedural");
    /** Object kinds whose CREATE defines the name after the keyword (and after IF NOT EXISTS). */
    private static final Set<String> NAMED = Set.of("table", "view", "sequence", "type", "domain", "function",
            "procedure", "schema", "extension", "trigger", "index");
    /** ACL changes are ordered among themselves (a GRANT and a REVOKE on the same object do not commute). */
    static final String ACL = " acl";
    private static final Pattern WORDS = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    static StatementFootprint of(SqlStatement statement) {
        List<Token> tokens = new ArrayList<>();
        for (Token token : StatementTokens.of(statement.sql())) {
            if (token.kind() != Kind.COMMENT) {
                tokens.add(token);
            }
        }
        Set<String> mentions = mentions(tokens);
        if (tokens.isEmpty() || tokens.get(0).kind() != Kind.WORD) {
            return new StatementFootprint(Role.SESSION, Set.of(), mentions);
        }
        String first = word(tokens, 0);
        return switch (first) {
            case "create" -> create(tokens, mentions);
            case "alter" -> alter(tokens, mentions);
            case "comment" -> new StatementFootprint(Role.CREATE, Set.of(), mentions);
            case "grant", "revoke" -> new StatementFootprint(Role.ALTER, Set.of(ACL), mentions);
            case "drop" -> new StatementFootprint(Role.BARRIER, Set.of(), mentions);
            default -> new StatementFootprint(Role.SESSION, Set.of(), mentions);
        };
    }

    private static StatementFootprint create(List<Token> tokens, Set<String> mentions) {
        int i = 1;
        if (word(tokens, i).equals("or") && word(tokens, i + 1).equals("replace")) {
            i += 2;
        }
        while (MODIFIERS.contains(word(tokens, i))) {
            i++;
        }
        String kind = word(tokens, i++);
        if (kind.equals("policy") || kind.equals("rule")) {
            return new StatementFootprint(Role.ALTER, after(tokens, "on"), mentions);
        }
        if (!NAMED.contains(kind)) {
            return new StatementFootprint(Role.BARRIER, Set.of(), mentions);
        }
        if (kind.equals("index") && word(tokens, i).equals("concurrently")) {
            i++;
        }
        if (word(tokens, i).equals("if") && word(tokens, i + 1).equals("not") && word(tokens, i + 2).equals("exists")) {
            i += 3;
        }
        if (kind.equals("schema") && word(tokens, i).equals("authorization")) {
            i++;
        }
        if (kind.equals("index") && (word(tokens, i).equals("on") || i >= tokens.size())) {
            // An unnamed index is named by PostgreSQL after its table, so two of them on one table must keep order.
            return new StatementFootprint(Role.ALTER, after(tokens, "on"), mentions);
        }
        String name = lastPart(tokens, i);
        return name == null ? new StatementFootprint(Role.BARRIER, Set.of(), mentions)
                : new StatementFootprint(Role.CREATE, Set.of(name), mentions);
    }

    /** ALTER kind [IF EXISTS] [ONLY] name ...: changes name; ALTER DEFAULT PRIVILEGES affects later statements. */
    private static StatementFootprint alter(List<Token> tokens, Set<String> mentions) {
        int i = 1;
        if (word(tokens, i).equals("default") && word(tokens, i + 1).equals("privileges")) {
            return new StatementFootprint(Role.BARRIER, Set.of(), mentions);
        }
        while (i < tokens.size() && tokens.get(i).kind() == Kind.WORD && !NAMED.contains(word(tokens, i))
                && i < 3) {
            i++; // ALTER MATERIALIZED VIEW, ALTER FOREIGN TABLE...
        }
        if (!NAMED.contains(word(tokens, i))) {
            return new StatementFootprint(Role.BARRIER, Set.of(), mentions);
        }
        i++;
        if (word(tokens, i).equals("if") && word(tokens, i + 1).equals("exists")) {
            i += 2;
        }
        if (word(tokens, i).equals("only")) {
            i++;
        }
        String name = lastPart(tokens, i);
        return name == null ? new StatementFootprint(Role.BARRIER, Set.of(), mentions)
                : new StatementFootprint(Role.ALTER, Set.of(name), mentions);
    }

    /** The object name after the first {@code keyword}, or nothing. */
    private static Set<String> after(List<Token> tokens, String keyword) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord(keyword)) {
                String name = lastPart(tokens, word(tokens, i + 1).equals("only") ? i + 2 : i + 1);
                return name == null ? Set.of() : Set.of(name);
            }
        }
        return Set.of();
    }

    /**
     * A session setting that may be repeated on every loading connection: {@code SET name ...} (not SET ROLE or
     * SESSION AUTHORIZATION, which change who creates the objects, nor SET LOCAL, which ends with its transaction) or
     * pg_dump's {@code SELECT pg_catalog.set_config(...)}.
     */
    static boolean isSetting(SqlStatement statement) {
        List<Token> tokens = StatementTokens.of(statement.sql()).stream().filter(t -> t.kind() != Kind.COMMENT)
                .limit(5).toList();
        String first = word(tokens, 0);
        if (first.equals("set")) {
            String second = word(tokens, 1);
            return !second.isEmpty() && !Set.of("role", "session", "local", "transaction", "constraints")
                    .contains(second);
        }
        int i = word(tokens, 1).equals("pg_catalog") && tokens.size() > 2 && tokens.get(2).is(".") ? 3 : 1;
        return first.equals("select") && word(tokens, i).equals("set_config") && tokens.size() > i + 1
                && tokens.get(i + 1).is("(");
    }

    /** The last part of the (possibly qualified) name starting at token {@code i}, as PostgreSQL stores it. */
    private static String lastPart(List<Token> tokens, int i) {
        String last = null;
        while (i < tokens.size() && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.QUOTED)) {
            last = tokens.get(i).identifier();
            if (i + 1 < tokens.size() && tokens.get(i + 1).is(".")) {
                i += 2;
            } else {
                break;
            }
        }
        return last;
    }

    /** Every identifier, and every identifier-like word inside strings (function bodies, nextval('seq')). */
    private static Set<String> mentions(List<Token> tokens) {
        Set<String> names = new LinkedHashSet<>();
        for (Token token : tokens) {
            switch (token.kind()) {
                case WORD, QUOTED -> names.add(token.identifier());
                case STRING -> {
                    Matcher m = WORDS.matcher(token.text());
                    while (m.find()) {
                        names.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
                default -> { }
            }
        }
        return names;
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).kind() == Kind.WORD ? tokens.get(i).text().toLowerCase(Locale.ROOT)
                : "";
    }
}
