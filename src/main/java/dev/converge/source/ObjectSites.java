package dev.converge.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.converge.source.StatementTokens.Kind;
import dev.converge.source.StatementTokens.Token;

/**
 * The lines of the desired state that write each object and each member of a table, and the
 * {@code -- converge:nolint} comments on them, so that lint findings point at the line of the column or
 * constraint they are about and a comment there can suppress them. Like {@link RenameHints}, a comment belongs to
 * the element of a CREATE TABLE list that starts on its line, or (on a line of its own) to the next element, and
 * otherwise to the statement's object. A constraint written without a name is found under the name PostgreSQL
 * gives it ({@code orders_pkey}, {@code orders_customer_id_fkey}, {@code orders_email_key}); longer names that
 * PostgreSQL would shorten are found at the table's line. {@code ALTER TABLE ... ADD CONSTRAINT name} counts as the
 * line of that constraint.
 */
public final class ObjectSites {

    private static final Pattern NOLINT = Pattern.compile("converge:nolint\\b([^*\\n]*)");

    private ObjectSites() {
    }

    public static List<ObjectSite> in(List<SqlStatement> statements) {
        List<ObjectSite> sites = new ArrayList<>();
        for (SqlStatement statement : statements) {
            sites.addAll(of(statement));
        }
        return sites;
    }

    static List<ObjectSite> of(SqlStatement statement) {
        List<Token> all = StatementTokens.of(statement.sql());
        List<Integer> code = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != Kind.COMMENT) {
                code.add(i);
            }
        }
        if (code.isEmpty()) {
            return List.of();
        }
        Head head = head(statement, all, code);
        if (head == null) {
            return List.of();
        }
        List<Element> elements = head.table() ? elements(all, code, head) : List.of();
        int close = elements.isEmpty() ? -1 : elements.get(elements.size() - 1).close;
        List<Nolint> comments = nolints(all);
        List<ObjectSite> sites = new ArrayList<>();
        List<Nolint> forObject = new ArrayList<>();
        for (Nolint comment : comments) {
            Element element = head.member() == null && comment.index < close
                    ? owner(elements, all, comment.index, head.open) : null;
            if (element != null) {
                element.comments.add(comment);
            } else {
                forObject.add(comment);
            }
        }
        trailing(statement).ifPresent(forObject::add);
        sites.add(site(statement, head.family(), head.schema(), head.name(), head.member(),
                all.get(code.get(0)).line(), forObject));
        for (Element element : elements) {
            for (String member : element.members) {
                sites.add(site(statement, "relation", head.schema(), head.name(), member, element.line,
                        element.comments));
            }
        }
        return sites;
    }

    private static ObjectSite site(SqlStatement statement, String family, String schema, String name, String member,
                                   int tokenLine, List<Nolint> comments) {
        Set<String> rules = new LinkedHashSet<>();
        boolean all = false;
        for (Nolint comment : comments) {
            rules.addAll(comment.rules);
            all |= comment.rules.isEmpty();
        }
        if (!statement.origins().isEmpty()) {
            // Rendered from YAML: the generated SQL's lines are not the file's; the node's place is.
            return new ObjectSite(family, schema, name, member, statement.file().displayName(), statement.line(),
                    statement.column(), List.copyOf(rules), all);
        }
        int line = statement.line() + tokenLine - 1;
        return new ObjectSite(family, schema, name, member, statement.file().displayName(), line,
                tokenLine == 1 ? statement.column() : 1, List.copyOf(rules), all);
    }

    /** What the statement creates: its family, name, and for a table the index of the list's "(". */
    private record Head(String family, String schema, String name, String member, boolean table, int open) {
    }

    private static Head head(SqlStatement statement, List<Token> all, List<Integer> code) {
        Token first = all.get(code.get(0));
        if (first.isWord("alter")) {
            return alterTableConstraint(all, code);
        }
        if (!first.isWord("create")) {
            return null;
        }
        int p = 1;
        while (p < code.size() && all.get(code.get(p)).kind() == Kind.WORD
                && !all.get(code.get(p)).isWord("index") && !all.get(code.get(p)).isWord("table") && p < 5) {
            p++;
        }
        if (p < code.size() && all.get(code.get(p)).isWord("index")) {
            return index(all, code, p + 1);
        }
        Optional<DefinitionSite> site = DefinitionSites.of(statement);
        if (site.isEmpty()) {
            return null;
        }
        boolean table = p < code.size() && all.get(code.get(p)).isWord("table") && site.get().family()
                .equals("relation");
        int open = -1;
        if (table) {
            for (int q = p; q < code.size(); q++) {
                Token t = all.get(code.get(q));
                if (t.is("(")) {
                    open = code.get(q);
                    break;
                }
                if (t.isWord("partition") || t.isWord("of") || t.isWord("as")) {
                    break;
                }
            }
        }
        return new Head(site.get().family(), site.get().schema(), site.get().name(), null, open >= 0, open);
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON [ONLY] [schema.]table}. */
    private static Head index(List<Token> all, List<Integer> code, int p) {
        while (p < code.size() && (all.get(code.get(p)).isWord("concurrently") || all.get(code.get(p)).isWord("if")
                || all.get(code.get(p)).isWord("not") || all.get(code.get(p)).isWord("exists"))) {
            p++;
        }
        if (p + 2 >= code.size() || all.get(code.get(p)).isWord("on")) {
            return null; // an index without a name: PostgreSQL picks it, nothing to point at by name
        }
        String name = all.get(code.get(p)).identifier();
        int on = p + 1;
        if (!all.get(code.get(on)).isWord("on")) {
            return null;
        }
        int q = on + 1;
        if (q < code.size() && all.get(code.get(q)).isWord("only")) {
            q++;
        }
        String schema = null;
        if (q + 2 < code.size() && all.get(code.get(q + 1)).is(".")) {
            schema = all.get(code.get(q)).identifier();
        }
        return new Head("index", schema, name, null, false, -1);
    }

    /** {@code ALTER TABLE [IF EXISTS] [ONLY] [schema.]table ADD CONSTRAINT name ...}: the constraint's line. */
    private static Head alterTableConstraint(List<Token> all, List<Integer> code) {
        int p = 1;
        if (p >= code.size() || !all.get(code.get(p)).isWord("table")) {
            return null;
        }
        p++;
        while (p < code.size() && (all.get(code.get(p)).isWord("if") || all.get(code.get(p)).isWord("exists")
                || all.get(code.get(p)).isWord("only"))) {
            p++;
        }
        if (p >= code.size()) {
            return null;
        }
        String schema = null;
        String name = all.get(code.get(p)).identifier();
        if (p + 2 < code.size() && all.get(code.get(p + 1)).is(".")) {
            schema = name;
            name = all.get(code.get(p + 2)).identifier();
            p += 2;
        }
        p++;
        if (p + 2 < code.size() && all.get(code.get(p)).isWord("add") && all.get(code.get(p + 1))
                .isWord("constraint")) {
            return new Head("relation", schema, name, all.get(code.get(p + 2)).identifier(), false, -1);
        }
        return null;
    }

    /**
     * A nolint comment after the statement's semicolon on the same line ({@code CREATE INDEX ...; -- converge:nolint
     * x}): the splitter ends the statement at the semicolon, so the comment is read from the file's text.
     */
    private static Optional<Nolint> trailing(SqlStatement statement) {
        if (!statement.origins().isEmpty()) {
            return Optional.empty();
        }
        String content = statement.file().content();
        int offset = 0;
        for (int line = 1; line < statement.line() && offset >= 0; line++) {
            offset = content.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return Optional.empty();
            }
        }
        int end = offset + statement.column() - 1 + statement.sql().length();
        if (end > content.length() || !content.startsWith(statement.sql(), end - statement.sql().length())) {
            return Optional.empty();
        }
        int newline = content.indexOf('\n', end);
        String rest = content.substring(end, newline < 0 ? content.length() : newline).strip();
        if (!rest.startsWith(";")) {
            return Optional.empty();
        }
        List<Nolint> found = nolints(StatementTokens.of(rest.substring(1)));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** An element of a CREATE TABLE list: its first line, the members it writes, the nolint comments on it. */
    private static final class Element {
        final int start;
        final int line;
        int close = Integer.MAX_VALUE;
        final List<String> members = new ArrayList<>();
        final List<Nolint> comments = new ArrayList<>();

        Element(int start, int line) {
            this.start = start;
            this.line = line;
        }
    }

    private static List<Element> elements(List<Token> all, List<Integer> code, Head head) {
        List<Element> elements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Element element = null;
        int depth = 0;
        for (int i = head.open() + 1; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.kind() == Kind.COMMENT) {
                continue;
            }
            boolean end = depth == 0 && (t.is(",") || t.is(")"));
            if (end) {
                if (element != null) {
                    element.members.addAll(members(head.name(), current));
                    elements.add(element);
                }
                if (t.is(")") && !elements.isEmpty()) {
                    elements.get(elements.size() - 1).close = i;
                }
                element = null;
                current = new ArrayList<>();
                if (t.is(")")) {
                    break;
                }
                continue;
            }
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            }
            if (element == null) {
                element = new Element(i, t.line());
            }
            current.add(t);
        }
        return elements;
    }

    /** The column or constraint names an element writes, with the names PostgreSQL gives unnamed constraints. */
    private static List<String> members(String table, List<Token> tokens) {
        List<String> members = new ArrayList<>();
        if (tokens.isEmpty()) {
            return members;
        }
        Token first = tokens.get(0);
        if (first.isWord("constraint") && tokens.size() > 1) {
            members.add(tokens.get(1).identifier());
            return members;
        }
        String keyword = first.kind() == Kind.WORD ? first.text().toLowerCase(Locale.ROOT) : "";
        switch (keyword) {
            case "primary" -> members.add(table + "_pkey");
            case "unique" -> members.add(table + "_" + String.join("_", listAfter(tokens, 1)) + "_key");
            case "foreign" -> members.add(table + "_" + String.join("_", listAfter(tokens, 1)) + "_fkey");
            case "check", "exclude", "like" -> {
                // named by PostgreSQL from the expression: found at the table's line
            }
            default -> {
                String column = first.identifier();
                members.add(column);
                for (Token t : tokens) {
                    if (t.isWord("references")) {
                        members.add(table + "_" + column + "_fkey");
                    } else if (t.isWord("primary")) {
                        members.add(table + "_pkey");
                    } else if (t.isWord("unique")) {
                        members.add(table + "_" + column + "_key");
                    } else if (t.isWord("check")) {
                        members.add(table + "_" + column + "_check");
                    }
                }
            }
        }
        return members;
    }

    /** The identifiers of the first parenthesised list after {@code from}. */
    private static List<String> listAfter(List<Token> tokens, int from) {
        List<String> names = new ArrayList<>();
        boolean inside = false;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                inside = true;
            } else if (t.is(")")) {
                break;
            } else if (inside && (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED)) {
                names.add(t.identifier());
            }
        }
        return names;
    }

    /** The element a comment annotates: the last one starting on its line before it, else the next one. */
    private static Element owner(List<Element> elements, List<Token> all, int comment, int open) {
        if (open < 0 || comment < open || elements.isEmpty()) {
            return null;
        }
        int line = all.get(comment).line();
        Element found = null;
        for (Element element : elements) {
            if (element.start < comment && element.line == line) {
                found = element;
            }
        }
        if (found != null || all.get(open).line() == line) {
            return found;
        }
        for (Element element : elements) {
            if (element.start > comment) {
                return element;
            }
        }
        return null;
    }

    private record Nolint(int index, List<String> rules) {
    }

    private static List<Nolint> nolints(List<Token> all) {
        List<Nolint> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Token token = all.get(i);
            if (token.kind() != Kind.COMMENT || !token.text().contains("converge:nolint")) {
                continue;
            }
            Matcher m = NOLINT.matcher(token.text());
            if (m.find()) {
                List<String> rules = new ArrayList<>();
                for (String part : m.group(1).split("[,\\s]+")) {
                    if (part.matches("[a-z][a-z0-9-]*")) {
                        rules.add(part);
                    } else if (!part.isBlank()) {
                        break; // the rest of the comment is prose: "-- converge:nolint prefer-text because ..."
                    }
                }
                found.add(new Nolint(i, rules));
            }
        }
        return found;
    }
}
