package dev.converge.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.source.StatementTokens.Kind;
import dev.converge.source.StatementTokens.Token;

/**
 * The extensions a desired state creates ({@code CREATE EXTENSION [IF NOT EXISTS] name}), so that a private dev
 * server whose binaries lack one is not started for nothing: the desired state is then normalised on the target's
 * server, which has it.
 */
public final class RequiredExtensions {

    private RequiredExtensions() {
    }

    public static Set<String> in(List<SqlStatement> statements) {
        Set<String> names = new TreeSet<>();
        for (SqlStatement statement : statements) {
            if (!statement.sql().toLowerCase(Locale.ROOT).contains("extension")) {
                continue; // cheap: most statements do not mention extensions at all
            }
            List<Token> tokens = StatementTokens.of(statement.sql()).stream()
                    .filter(t -> t.kind() != Kind.COMMENT).limit(6).toList();
            if (tokens.size() < 3 || !tokens.get(0).isWord("create") || !tokens.get(1).isWord("extension")) {
                continue;
            }
            int i = 2;
            if (tokens.size() >= 6 && tokens.get(2).isWord("if") && tokens.get(3).isWord("not")
                    && tokens.get(4).isWord("exists")) {
                i = 5;
            }
            Token name = tokens.get(i);
            if (name.kind() == Kind.WORD || name.kind() == Kind.QUOTED) {
                names.add(name.identifier());
            }
        }
        return names;
    }
}
