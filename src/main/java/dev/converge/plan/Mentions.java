package dev.converge.plan;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.converge.model.SqlText;
import dev.converge.change.Change;
import dev.converge.change.CreateEnum;
import dev.converge.change.CreateFunction;
import dev.converge.change.CreateSequence;
import dev.converge.change.DropEnum;
import dev.converge.change.DropFunction;
import dev.converge.change.DropSequence;
import dev.converge.model.QualifiedName;

/**
 * Which enums and sequences created or dropped by a plan a piece of catalog text names: a column type
 * ({@code public.mood[]}), a default ({@code nextval('public.t_id_seq'::regclass)}, {@code 'a'::public.mood}) or a
 * constraint definition. Catalog text is schema-qualified (search_path is empty when it is read), so a textual
 * match on the qualified name is reliable; only names the plan touches are looked for.
 */
final class Mentions {

    /** The user types a plan creates or drops: enums, and (types helper) domains, composite types, rebuilt enums. */
    private final Set<QualifiedName> enums = new TreeSet<>();
    private final Set<QualifiedName> sequences = new TreeSet<>();
    // functions and triggers
    private final Set<QualifiedName> functions = new TreeSet<>();

    static Mentions of(Collection<Change> changes) {
        Mentions mentions = new Mentions();
        for (Change change : changes) {
            if (change instanceof CreateEnum c) {
                mentions.enums.add(c.enumType().name());
            } else if (change instanceof DropEnum d) {
                mentions.enums.add(d.enumType().name());
            } else if (change instanceof CreateSequence c) {
                mentions.sequences.add(c.sequence().name());
            } else if (change instanceof DropSequence d) {
                mentions.sequences.add(d.sequence().name());
            // functions and triggers
            } else if (change instanceof CreateFunction c) {
                mentions.functions.add(c.function().name());
            } else if (change instanceof DropFunction d) {
                mentions.functions.add(d.function().name());
            } else {
                mentions.enums.addAll(TypeFacts.typesOf(change)); // types helper: domains, composites, rebuilds
            }
        }
        return mentions;
    }

    /**
     * Keys of the types (enums) named in {@code text}, and of the functions it calls (a check, generated column or
     * default is as unusable without them); none for null.
     */
    Set<ObjectKey> types(String text) {
        Set<ObjectKey> keys = new HashSet<>();
        if (text != null) {
            enums.stream().filter(e -> names(text, SqlText.qualified(e)) || names(text, e.toString()))
                    .forEach(e -> keys.add(ObjectKey.type(e)));
            // functions and triggers
            functions.stream().filter(f -> calls(text, SqlText.qualified(f)))
                    .forEach(f -> keys.add(ObjectKey.functionName(f)));
        }
        return keys;
    }

    /** A call {@code schema.name(}: a function name in catalog text is always qualified and followed by '('. */
    private static boolean calls(String text, String qualified) {
        return Pattern.compile("(?<![A-Za-z0-9_$.\"])" + Pattern.quote(qualified) + "\\(").matcher(text).find();
    }

    /** Keys of the sequences named in {@code text} as a regclass literal, e.g. by nextval; none for null. */
    Set<ObjectKey> sequences(String text) {
        Set<ObjectKey> keys = new HashSet<>();
        if (text != null) {
            sequences.stream().filter(s -> text.contains(SqlText.literal(SqlText.qualified(s))))
                    .forEach(s -> keys.add(ObjectKey.relation(s)));
        }
        return keys;
    }

    /** Both of the above. */
    Set<ObjectKey> all(String text) {
        Set<ObjectKey> keys = types(text);
        keys.addAll(sequences(text));
        return keys;
    }

    private static boolean names(String text, String qualified) {
        return Pattern.compile("(?<![A-Za-z0-9_$.\"])" + Pattern.quote(qualified) + "(?![A-Za-z0-9_$\"])")
                .matcher(text).find();
    }
}
