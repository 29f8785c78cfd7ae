package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.lint.Subject;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Index;
import dev.converge.model.SqlText;
import dev.converge.model.SqlTokens;
import dev.converge.model.Table;

/**
 * The key of an index as the rules compare it: method, key items exactly as {@code pg_get_indexdef} prints them
 * (a plain column prints as its quoted name, so {@code a} and {@code a DESC} or {@code a text_pattern_ops} differ),
 * the plain column each item is (null for an expression), INCLUDE columns, predicate and uniqueness. A primary
 * key or unique constraint is a btree index on its columns. Read from PostgreSQL's print, never from user SQL.
 */
record IndexKeys(Subject subject, String name, String method, boolean unique, List<String> keys,
                 List<String> columns, List<String> include, String predicate) {

    /** Every index of a table: its own indexes and the indexes behind its primary key and unique constraints. */
    static List<IndexKeys> of(Table table) {
        List<IndexKeys> all = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint.kind() == ConstraintKind.PRIMARY_KEY || constraint.kind() == ConstraintKind.UNIQUE) {
                List<String> keys = constraint.columns().stream().map(SqlText::identifier).toList();
                all.add(new IndexKeys(Subject.member("constraint", table.name(), constraint.name()),
                        constraint.name(), "btree", true, keys, constraint.columns(),
                        list(after(constraint.definition(), " INCLUDE (")), null));
            }
        }
        for (Index index : table.indexes()) {
            all.add(of(index));
        }
        return all;
    }

    static IndexKeys of(Index index) {
        String definition = index.definition();
        String keyList = after(definition, " USING " + index.method() + " (");
        List<String> keys = list(keyList);
        // An expression key has no column (null): an ArrayList, since immutable lists refuse contains(null).
        List<String> columns = new ArrayList<>();
        keys.forEach(key -> columns.add(plainColumn(key)));
        return new IndexKeys(Subject.of("index", dev.converge.model.QualifiedName.of(index.table().schema(),
                index.name())), index.name(), index.method(), index.unique(), keys, columns,
                list(after(definition, " INCLUDE (")), index.predicate());
    }

    /** The first {@code n} key items are plain columns forming exactly {@code wanted} (in any order). */
    boolean leadsWith(List<String> wanted) {
        if (predicate != null || columns.size() < wanted.size()) {
            return false;
        }
        List<String> leading = columns.subList(0, wanted.size());
        return leading.stream().allMatch(java.util.Objects::nonNull) && leading.containsAll(wanted)
                && wanted.containsAll(leading);
    }

    /**
     * The column a key item names when it is a plain column (possibly with a collation, an operator class or an
     * ordering after it), else null (an expression, printed in parentheses or as a function call).
     */
    static String plainColumn(String key) {
        String first = firstIdentifier(key);
        if (first == null) {
            return null;
        }
        String rest = key.substring(first.length()).trim();
        if (rest.startsWith("(") || rest.startsWith(".") || rest.startsWith("::")) {
            return null;
        }
        return SqlText.parseIdentifier(first);
    }

    private static String firstIdentifier(String key) {
        if (key.startsWith("\"")) {
            int i = 1;
            while (i < key.length()) {
                if (key.charAt(i) == '"') {
                    if (i + 1 < key.length() && key.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    return key.substring(0, i + 1);
                }
                i++;
            }
            return null;
        }
        int i = 0;
        while (i < key.length() && (Character.isLetterOrDigit(key.charAt(i)) || key.charAt(i) == '_'
                || key.charAt(i) == '$')) {
            i++;
        }
        return i == 0 || Character.isDigit(key.charAt(0)) ? null : key.substring(0, i);
    }

    /** The text inside the parentheses that {@code opening} (ending with "(") opens, or null. */
    static String after(String definition, String opening) {
        int start = definition.indexOf(opening);
        if (start < 0) {
            return null;
        }
        int open = start + opening.length() - 1;
        int close = SqlTokens.closingParenthesis(definition, open);
        return close < 0 ? null : definition.substring(open + 1, close);
    }

    /** Top-level, comma-separated items of a parenthesised list, trimmed (quotes and nesting as PostgreSQL's). */
    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(SqlTokens.items("(" + text + ")", 0));
    }
}
