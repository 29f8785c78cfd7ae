package dev.converge.source;

import java.util.List;

import dev.converge.model.SqlTokens;
import dev.converge.model.SqlTokens.Kind;
import dev.converge.model.SqlTokens.Token;

/**
 * Recognises the one data statement a Rails {@code db/structure.sql} always ends with,
 * {@code INSERT INTO "schema_migrations" (version) VALUES ('20230101000000'), (...);}, so that such a file can be
 * the desired state as it is. The statement records which migrations the schema reflects; it is no part of the
 * schema, and Converge leaves it out of the desired state (it never reaches the target: seeding the versions
 * stays Rails' business). Only exactly this shape is recognised (table {@code schema_migrations}, optionally
 * schema-qualified, the single column {@code version}, rows of one string literal each); every other data change
 * stays an error ({@link DefinitionsOnly}).
 */
final class RailsMigrationVersions {

    private RailsMigrationVersions() {
    }

    /** Whether {@code sql} is the Rails migration-versions INSERT and nothing else. */
    static boolean is(String sql) {
        List<Token> tokens = SqlTokens.of(sql).stream().filter(t -> t.kind() != Kind.COMMENT).toList();
        Cursor at = new Cursor(tokens);
        if (!at.word("insert") || !at.word("into")) {
            return false;
        }
        if (at.identifier("schema_migrations")) {
            // unqualified
        } else if (!(at.anyIdentifier() && at.punct(".") && at.identifier("schema_migrations"))) {
            return false;
        }
        if (!(at.punct("(") && at.identifier("version") && at.punct(")") && at.word("values"))) {
            return false;
        }
        do {
            if (!(at.punct("(") && at.string() && at.punct(")"))) {
                return false;
            }
        } while (at.punct(","));
        return at.done();
    }

    /** A read position over the tokens; each test consumes its token only when it matches. */
    private static final class Cursor {
        private final List<Token> tokens;
        private int next;

        Cursor(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean word(String word) {
            return take(next < tokens.size() && tokens.get(next).isWord(word));
        }

        boolean punct(String punct) {
            return take(next < tokens.size() && tokens.get(next).is(punct));
        }

        boolean identifier(String name) {
            return take(next < tokens.size() && tokens.get(next).isIdentifier()
                    && tokens.get(next).identifier().equals(name));
        }

        boolean anyIdentifier() {
            return take(next < tokens.size() && tokens.get(next).isIdentifier());
        }

        boolean string() {
            return take(next < tokens.size() && tokens.get(next).kind() == Kind.STRING);
        }

        boolean done() {
            return next == tokens.size() || next == tokens.size() - 1 && tokens.get(next).is(";");
        }

        private boolean take(boolean matches) {
            if (matches) {
                next++;
            }
            return matches;
        }
    }
}
