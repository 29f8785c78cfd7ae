package dev.converge.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlTokens;

/**
 * Which types, sequences and functions created or dropped by a plan a piece of catalog text names: a column type
 * ({@code public.mood[]}), a default ({@code nextval('public.t_id_seq'::regclass)}, {@code 'a'::public.mood}), a
 * function signature ({@code public.orders}, a table's row type) or a constraint definition. Catalog text is
 * schema-qualified (search_path is empty when it is read), so the qualified names in the text are exact; only
 * names the plan touches are looked up. Each text is scanned once, whatever the number of names: the cost is
 * linear in the size of the plan.
 */
final class Mentions {

    private final Names names;

    private Mentions(Names names) {
        this.names = names;
    }

    /** The names the plan's changes create or drop, as each kind's family declares them. */
    static Mentions of(Collection<Change> changes) {
        Names names = new Names();
        for (Change change : changes) {
            ChangeKinds.of(change).addNames(change, names);
        }
        return new Mentions(names);
    }

    /** What a plan's changes bring into the catalog or take out of it that other catalog text may name. */
    static final class Names {
        private final Set<QualifiedName> types = new HashSet<>();
        private final Set<QualifiedName> rowTypes = new HashSet<>();
        private final Set<QualifiedName> sequences = new HashSet<>();
        private final Set<QualifiedName> functions = new HashSet<>();
        // a list per name: the overloads of an operator or aggregate share it, and text does not say which it means
        private final Map<QualifiedName, List<ObjectKey>> objects = new HashMap<>();

        /** A user type: enum, domain, composite type. */
        Names type(QualifiedName name) {
            types.add(name);
            return this;
        }

        /**
         * The row type of a table or view: a type only where text names a type (a column type, a signature, an
         * attribute), since elsewhere the same name is the relation (a foreign key's REFERENCES).
         */
        Names rowType(QualifiedName name) {
            rowTypes.add(name);
            return this;
        }

        Names sequence(QualifiedName name) {
            sequences.add(name);
            return this;
        }

        Names function(QualifiedName name) {
            functions.add(name);
            return this;
        }

        /**
         * An object managed by its definition (a collation, a range type, a text search configuration...) that
         * text may name as a qualified name ({@code COLLATE app.c}), in a literal ({@code 'app.cfg'::regconfig}) or,
         * for an operator, as {@code OPERATOR(app.<|)}.
         */
        Names object(QualifiedName name, ObjectKey key) {
            List<ObjectKey> keys = objects.computeIfAbsent(name, n -> new ArrayList<>());
            if (!keys.contains(key)) {
                keys.add(key);
            }
            return this;
        }
    }

    /**
     * Keys of the types named in {@code text}, and of the functions it calls (a check, generated column or default
     * is as unusable without them); none for null.
     */
    Set<ObjectKey> types(String text) {
        return types(text, false);
    }

    /**
     * Keys of the types a type text names ({@code format_type} output, a signature, an argument list): like
     * {@link #types}, and the row types of tables and views too.
     */
    Set<ObjectKey> typeReferences(String typeText) {
        return types(typeText, true);
    }

    private Set<ObjectKey> types(String text, boolean withRowTypes) {
        Set<ObjectKey> keys = new HashSet<>();
        boolean nothingToFind = names.types.isEmpty() && names.functions.isEmpty() && names.objects.isEmpty()
                && (!withRowTypes || names.rowTypes.isEmpty());
        if (text == null || nothingToFind || text.indexOf('.') < 0) {
            return keys;
        }
        for (SqlTokens.NameUse use : SqlTokens.qualifiedNames(text)) {
            if (names.types.contains(use.name()) || withRowTypes && names.rowTypes.contains(use.name())) {
                keys.add(ObjectKey.type(use.name()));
            }
            if (use.call() && names.functions.contains(use.name())) {
                keys.add(ObjectKey.functionName(use.name()));
            }
            keys.addAll(names.objects.getOrDefault(use.name(), List.of()));
        }
        if (!names.objects.isEmpty() && text.indexOf('\'') >= 0) {
            for (QualifiedName name : literalNames(text)) {
                keys.addAll(names.objects.getOrDefault(name, List.of()));
            }
        }
        if (!names.objects.isEmpty() && text.toUpperCase(Locale.ROOT).contains("OPERATOR")) {
            for (QualifiedName name : SqlTokens.operatorNames(text)) {
                keys.addAll(names.objects.getOrDefault(name, List.of()));
            }
        }
        return keys;
    }

    /** The qualified names written as string literals, e.g. {@code 'public.t_id_seq'::regclass}. */
    private static List<QualifiedName> literalNames(String text) {
        List<QualifiedName> found = new ArrayList<>();
        for (SqlTokens.Token token : SqlTokens.of(text)) {
            if (token.kind() == SqlTokens.Kind.STRING) {
                List<String> parts = SqlTokens.nameParts(token.stringValue());
                if (parts.size() == 2) {
                    found.add(QualifiedName.of(parts.get(0), parts.get(1)));
                }
            }
        }
        return found;
    }

    /** Keys of the sequences named in {@code text} as a regclass literal, e.g. by nextval; none for null. */
    Set<ObjectKey> sequences(String text) {
        Set<ObjectKey> keys = new HashSet<>();
        if (text == null || names.sequences.isEmpty() || text.indexOf('\'') < 0) {
            return keys;
        }
        for (QualifiedName name : literalNames(text)) {
            if (names.sequences.contains(name)) {
                keys.add(ObjectKey.relation(name));
            }
        }
        return keys;
    }

    /** Both of the above. */
    Set<ObjectKey> all(String text) {
        Set<ObjectKey> keys = types(text);
        keys.addAll(sequences(text));
        return keys;
    }
}
