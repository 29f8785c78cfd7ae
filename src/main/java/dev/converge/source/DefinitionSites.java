package dev.converge.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.source.StatementTokens.Kind;
import dev.converge.source.StatementTokens.Token;

/**
 * Finds which statement of the desired state creates which object, so that reports (SARIF) can point at the
 * file and line of an object's definition. Only the head of a CREATE statement is classified, up to the object's
 * name: the dev database, not this class, decides what the statement means.
 */
public final class DefinitionSites {

    /** Words that may stand between CREATE [OR REPLACE] and the object keyword. */
    private static final Set<String> MODIFIERS = Set.of("temp", "temporary", "unlogged", "global", "local",
            "recursive", "trusted", "procedural");

    private static final Map<String, String> FAMILIES = Map.of(
            "schema", "schema", "extension", "extension",
            "table", "relation", "view", "relation", "sequence", "relation",
            "type", "type", "domain", "type",
            "function", "routine", "procedure", "routine");

    private DefinitionSites() {
    }

    public static List<DefinitionSite> in(List<SqlStatement> statements) {
        List<DefinitionSite> sites = new ArrayList<>();
        for (SqlStatement statement : statements) {
            of(statement).ifPresent(sites::add);
        }
        return sites;
    }

    static Optional<DefinitionSite> of(SqlStatement statement) {
        List<Token> tokens = StatementTokens.of(statement.sql()).stream()
                .filter(t -> t.kind() != Kind.COMMENT).toList();
        int i = 0;
        if (tokens.isEmpty() || !tokens.get(i++).isWord("create")) {
            return Optional.empty();
        }
        if (i + 1 < tokens.size() && tokens.get(i).isWord("or") && tokens.get(i + 1).isWord("replace")) {
            i += 2;
        }
        while (i < tokens.size() && tokens.get(i).kind() == Kind.WORD
                && MODIFIERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isWord("materialized")) {
            i++;
        }
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return Optional.empty();
        }
        String family = FAMILIES.get(tokens.get(i++).text().toLowerCase(Locale.ROOT));
        if (family == null) {
            return Optional.empty();
        }
        if (i + 2 < tokens.size() && tokens.get(i).isWord("if") && tokens.get(i + 1).isWord("not")
                && tokens.get(i + 2).isWord("exists")) {
            i += 3;
        }
        if (family.equals("schema") && i < tokens.size() && tokens.get(i).isWord("authorization")) {
            i++;
        }
        List<String> parts = name(tokens, i);
        if (parts.isEmpty() || parts.size() > 2) {
            return Optional.empty();
        }
        int line = statement.line() + tokens.get(0).line() - 1;
        String schema = parts.size() == 2 ? parts.get(0) : null;
        return Optional.of(new DefinitionSite(family, schema, parts.get(parts.size() - 1),
                statement.file().displayName(), line, tokens.get(0).line() == 1 ? statement.column() : 1));
    }

    /** A possibly qualified name starting at {@code i}: identifiers separated by dots. */
    private static List<String> name(List<Token> tokens, int i) {
        List<String> parts = new ArrayList<>();
        while (i < tokens.size() && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.QUOTED)) {
            parts.add(tokens.get(i).identifier());
            if (i + 1 < tokens.size() && tokens.get(i + 1).is(".")) {
                i += 2;
            } else {
                break;
            }
        }
        return parts;
    }
}
