package dev.converge.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.converge.model.SqlTokens.Token;

/**
 * The column names an index definition may name outside its plain key columns: in an expression
 * ({@code (lower(email))}), the INCLUDE list or the predicate. The catalog keeps only the key columns as a list
 * ({@link Index#columns()}); the rest is in {@code pg_get_indexdef} text, whose names PostgreSQL prints bare
 * (columns of the indexed table) or qualified (functions, types, operators). So every bare identifier after
 * {@code USING method} that is not a call, a qualified name's part or a cast's type is taken as a possible column.
 * A keyword or option name taken so is a harmless extra: it only orders the index after a change of a column of
 * that name, or names its partitions' copies again after one, which always works.
 */
public final class IndexColumns {

    private IndexColumns() {
    }

    public static Set<String> named(Index index) {
        List<Token> tokens = SqlTokens.of(index.definition()).stream()
                .filter(t -> t.kind() != SqlTokens.Kind.COMMENT).toList();
        Set<String> names = new LinkedHashSet<>();
        int start = 0;
        while (start < tokens.size() && !tokens.get(start).isWord("USING")) {
            start++;
        }
        // the method name follows USING
        for (int i = start + 2; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isIdentifier()) {
                continue;
            }
            Token before = tokens.get(i - 1);
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean qualifiedPart = before.is(".") || after != null && after.is(".");
            boolean called = after != null && after.is("(");
            boolean castType = before.is(":");
            if (!qualifiedPart && !called && !castType) {
                names.add(token.identifier());
            }
        }
        return names;
    }
}
