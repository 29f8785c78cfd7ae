package dev.converge.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.converge.model.SqlTokens;
import dev.converge.model.SqlTokens.Kind;
import dev.converge.model.SqlTokens.Token;

/**
 * Makes tables that reference each other with inline foreign keys loadable: each foreign key written inside a
 * {@code CREATE TABLE} whose referenced table is part of the same reference cycle (a references b, b references a;
 * also longer cycles and across schemas) is taken out of the {@code CREATE TABLE} and loaded as
 * {@code ALTER TABLE t ADD [CONSTRAINT name] FOREIGN KEY (column) REFERENCES ...} right after it. No order of the
 * {@code CREATE TABLE} statements could load such a cycle, so without this the retry loop gives up with
 * "relation does not exist"; the {@code ALTER TABLE} runs (after a retry) once the referenced table exists.
 *
 * <p>The constraint is the same: its clause is the user's own text, and an unnamed one is named by PostgreSQL
 * when it is added, by the same rule as inline ({@code <table>_<column>_fkey}). The {@code CREATE TABLE} keeps its
 * length: the clause is blanked with spaces, so positions of later errors still point into the file. A self
 * reference, and a foreign key to a table outside the cycle, stay inline (they load as they are).
 *
 * <p>Tables are recognised by the project's SQL scanner ({@link SqlTokens}), which keeps the offsets the blanking
 * needs: {@code CREATE [modifiers] TABLE [IF NOT EXISTS] name (elements)}. A statement of another shape
 * ({@code PARTITION OF}, {@code AS SELECT}, {@code OF type}) is left as it is, for the retry loop.
 */
public final class CircularForeignKeys {

    private static final Set<String> TABLE_MODIFIERS = Set.of("global", "local", "temp", "temporary", "unlogged");
    /** Words that start the next column constraint, ending a {@code REFERENCES} clause. */
    private static final Set<String> NEXT_CONSTRAINT = Set.of("constraint", "check", "default", "null", "generated",
            "unique", "primary", "references", "collate");
    private static final Set<String> NOT_AN_ELEMENT_OF_INTEREST = Set.of("check", "unique", "primary", "exclude",
            "like");

    private CircularForeignKeys() {
    }

    /** One {@code CREATE TABLE} with the foreign keys written inside it. */
    private record Table(int index, SqlStatement statement, List<String> name, String nameText,
                         List<InlineKey> keys) {
    }

    /**
     * An inline foreign key: the table it references, the span to blank in the {@code CREATE TABLE}, and how to
     * add it alone: {@code ALTER TABLE name ADD <prefix><text[from, to)>}.
     */
    private record InlineKey(List<String> references, int blankFrom, int blankTo, String prefix, int from, int to) {
    }

    /** {@code statements} with the foreign keys of reference cycles moved out of their CREATE TABLE statements. */
    public static List<SqlStatement> detach(List<SqlStatement> statements) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Table table = parse(i, statements.get(i));
            if (table != null) {
                tables.add(table);
            }
        }
        Map<Integer, List<InlineKey>> cyclic = cyclicKeys(tables);
        if (cyclic.isEmpty()) {
            return statements;
        }
        List<SqlStatement> result = new ArrayList<>(statements.size() + cyclic.size());
        Map<Integer, Table> byIndex = new HashMap<>();
        tables.forEach(t -> byIndex.put(t.index(), t));
        for (int i = 0; i < statements.size(); i++) {
            List<InlineKey> keys = cyclic.get(i);
            if (keys == null) {
                result.add(statements.get(i));
                continue;
            }
            Table table = byIndex.get(i);
            SqlStatement create = table.statement();
            for (int k = keys.size() - 1; k >= 0; k--) {
                create = create.blanked(keys.get(k).blankFrom(), keys.get(k).blankTo());
            }
            result.add(create);
            for (InlineKey key : keys) {
                result.add(table.statement().derived("ALTER TABLE " + table.nameText() + " ADD " + key.prefix(),
                        key.from(), key.to()));
            }
        }
        return result;
    }

    /** The keys, per statement index, whose referenced table is in the same reference cycle as their own. */
    private static Map<Integer, List<InlineKey>> cyclicKeys(List<Table> tables) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int j = 0; j < tables.size(); j++) {
            List<String> name = tables.get(j).name();
            byName.computeIfAbsent(name.get(name.size() - 1), n -> new ArrayList<>()).add(j);
        }
        List<List<Integer>> edges = new ArrayList<>();
        for (Table table : tables) {
            List<Integer> to = new ArrayList<>();
            for (InlineKey key : table.keys()) {
                to.addAll(referencedTables(key, tables, byName));
            }
            edges.add(to);
        }
        int[] component = StrongComponents.of(edges);
        Map<Integer, List<InlineKey>> cyclic = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            for (InlineKey key : table.keys()) {
                int self = i;
                if (referencedTables(key, tables, byName).stream()
                        .anyMatch(j -> j != self && component[j] == component[self])) {
                    cyclic.computeIfAbsent(table.index(), x -> new ArrayList<>()).add(key);
                }
            }
        }
        return cyclic;
    }

    private static List<Integer> referencedTables(InlineKey key, List<Table> tables,
                                                  Map<String, List<Integer>> byName) {
        List<String> reference = key.references();
        return byName.getOrDefault(reference.get(reference.size() - 1), List.of()).stream()
                .filter(j -> sameTable(reference, tables.get(j).name())).toList();
    }

    /**
     * Whether a reference may name a table: same schema and name when both are qualified, else the same name (the
     * search path decides, which this does not know; taking a key out of a CREATE TABLE that did not need it
     * changes nothing but the order of loading).
     */
    private static boolean sameTable(List<String> reference, List<String> table) {
        if (!reference.get(reference.size() - 1).equals(table.get(table.size() - 1))) {
            return false;
        }
        return reference.size() < 2 || table.size() < 2
                || reference.get(reference.size() - 2).equals(table.get(table.size() - 2));
    }

    /** The table and its inline foreign keys, or null when the statement is no CREATE TABLE of the plain shape. */
    private static Table parse(int index, SqlStatement statement) {
        String sql = statement.sql();
        List<Token> tokens = new ArrayList<>();
        for (Token token : SqlTokens.of(sql)) {
            if (token.kind() != Kind.COMMENT) {
                tokens.add(token);
            }
        }
        int i = 0;
        if (!word(tokens, i++).equals("create")) {
            return null;
        }
        while (TABLE_MODIFIERS.contains(word(tokens, i))) {
            i++;
        }
        if (!word(tokens, i++).equals("table")) {
            return null;
        }
        if (word(tokens, i).equals("if") && word(tokens, i + 1).equals("not") && word(tokens, i + 2).equals("exists")) {
            i += 3;
        }
        int nameStart = i;
        List<String> name = new ArrayList<>();
        while (i < tokens.size() && tokens.get(i).isIdentifier()) {
            name.add(tokens.get(i++).identifier());
            if (i < tokens.size() && tokens.get(i).is(".")) {
                i++;
            } else {
                break;
            }
        }
        if (name.isEmpty() || i >= tokens.size() || !tokens.get(i).is("(")) {
            return null;
        }
        String nameText = sql.substring(tokens.get(nameStart).start(), tokens.get(i - 1).end());
        List<InlineKey> keys = new ArrayList<>();
        List<Integer> commas = new ArrayList<>();
        int open = i;
        int depth = 0;
        for (; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")") && --depth == 0) {
                break;
            } else if (token.is(",") && depth == 1) {
                commas.add(i);
            }
        }
        if (i >= tokens.size()) {
            return null;
        }
        commas.add(0, open);
        commas.add(i);
        for (int e = 0; e + 1 < commas.size(); e++) {
            int before = commas.get(e);
            if (before + 1 < commas.get(e + 1)) {
                element(tokens, before, before + 1, commas.get(e + 1), keys);
            }
        }
        return new Table(index, statement, name, nameText, keys);
    }

    /**
     * The foreign keys of one element (tokens {@code [from, to)}, between the tokens {@code before} and {@code to},
     * each a comma or a parenthesis): a table constraint {@code [CONSTRAINT n] FOREIGN KEY ...} is taken whole with
     * one of the commas around it; a column's {@code [CONSTRAINT n] REFERENCES ...} clauses are taken up to the
     * next column constraint.
     */
    private static void element(List<Token> tokens, int before, int from, int to, List<InlineKey> keys) {
        String first = word(tokens, from);
        int kind = first.equals("constraint") ? from + 2 : from;
        if (word(tokens, kind).equals("foreign")) {
            int refs = nextReferences(tokens, kind, to);
            if (refs < 0) {
                return;
            }
            int blankFrom = tokens.get(from).start();
            int blankTo = tokens.get(to - 1).end();
            if (tokens.get(before).is(",")) {
                blankFrom = tokens.get(before).start();
            } else if (tokens.get(to).is(",")) {
                blankTo = tokens.get(to).end();
            }
            keys.add(new InlineKey(referenced(tokens, refs + 1, to), blankFrom, blankTo, "",
                    tokens.get(from).start(), tokens.get(to - 1).end()));
            return;
        }
        if (first.equals("constraint") || NOT_AN_ELEMENT_OF_INTEREST.contains(first)
                || !tokens.get(from).isIdentifier()) {
            return;
        }
        String column = tokens.get(from).text();
        int i = nextReferences(tokens, from + 1, to);
        while (i >= 0) {
            boolean named = i - 2 > from && word(tokens, i - 2).equals("constraint");
            int start = named ? i - 2 : i;
            int end = clauseEnd(tokens, i + 1, to);
            String prefix = (named ? "CONSTRAINT " + tokens.get(i - 1).text() + " " : "")
                    + "FOREIGN KEY (" + column + ") ";
            keys.add(new InlineKey(referenced(tokens, i + 1, end), tokens.get(start).start(),
                    tokens.get(end - 1).end(), prefix, tokens.get(i).start(), tokens.get(end - 1).end()));
            i = nextReferences(tokens, end, to);
        }
    }

    /** The token index after the last token of the REFERENCES clause that continues at {@code i}. */
    private static int clauseEnd(List<Token> tokens, int i, int to) {
        int depth = 0;
        for (; i < to; i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && endsClause(tokens, i)) {
                return i;
            }
        }
        return to;
    }

    /** {@code NOT NULL}, or a word that starts a column constraint (not the NULL/DEFAULT of {@code SET NULL}). */
    private static boolean endsClause(List<Token> tokens, int i) {
        String word = word(tokens, i);
        if (word.equals("not")) {
            return word(tokens, i + 1).equals("null");
        }
        return NEXT_CONSTRAINT.contains(word) && !word(tokens, i - 1).equals("set");
    }

    /** The name after REFERENCES, as stored: {@code [schema,] table}. */
    private static List<String> referenced(List<Token> tokens, int i, int to) {
        List<String> name = new ArrayList<>();
        while (i < to && tokens.get(i).isIdentifier()) {
            name.add(tokens.get(i++).identifier());
            if (i < to && tokens.get(i).is(".")) {
                i++;
            } else {
                break;
            }
        }
        return name.isEmpty() ? List.of("") : name;
    }

    /** The first REFERENCES outside parentheses in tokens {@code [from, to)}, or -1. */
    private static int nextReferences(List<Token> tokens, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")")) {
                depth--;
            } else if (depth == 0 && word(tokens, i).equals("references")) {
                return i;
            }
        }
        return -1;
    }

    /** The lower-cased word at {@code i}, or "" for anything else. */
    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Kind.WORD
                ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
