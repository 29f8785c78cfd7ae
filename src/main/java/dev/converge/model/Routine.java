package dev.converge.model;

import java.util.Objects;

/**
 * A function or procedure (PostgreSQL's "routine"; not named Function to stay clear of
 * java.util.function.Function). Overloads are distinct objects: the identity is the name together with
 * {@code identityArguments} ({@code pg_get_function_identity_arguments}). {@code definition} is
 * {@code pg_get_functiondef(oid)}, a complete {@code CREATE OR REPLACE} statement normalised by PostgreSQL, and
 * decides equality. {@code arguments} ({@code pg_get_function_arguments}, with names and defaults) and
 * {@code result} ({@code pg_get_function_result}, null for a procedure) decide whether OR REPLACE may change it.
 * {@code sqlBody} is true for a SQL-standard body (BEGIN ATOMIC / RETURN), which PostgreSQL parses at creation,
 * so such a function truly depends on the tables it mentions.
 */
public record Routine(
        QualifiedName name,
        String identityArguments,
        Kind kind,
        String arguments,
        String result,
        String language,
        boolean sqlBody,
        String definition,
        String comment) {

    /** {@code pg_proc.prokind} 'f' and 'p'; aggregates and window functions are not managed. */
    public enum Kind { FUNCTION, PROCEDURE }

    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identityArguments, "identityArguments");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(definition, "definition");
    }

    /** The identity used for matching and in dependencies: kind, name and identity arguments. */
    public ObjectRef ref() {
        return new ObjectRef(kind == Kind.PROCEDURE ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION, name,
                identityArguments);
    }

    /** A readable signature for messages, e.g. {@code public.add(a integer, b integer)}. */
    public String signature() {
        return name + "(" + identityArguments + ")";
    }

    public boolean sameDefinition(Routine other) {
        return definition.equals(other.definition);
    }

    /**
     * True when {@code CREATE OR REPLACE} can turn this function into {@code desired}: PostgreSQL refuses to
     * change the kind, the result type, or the names and defaults of the arguments in place.
     */
    public boolean replaceableBy(Routine desired) {
        return kind == desired.kind && Objects.equals(result, desired.result)
                && arguments.equals(desired.arguments);
    }

    public Routine withComment(String newComment) {
        return new Routine(name, identityArguments, kind, arguments, result, language, sqlBody, definition,
                newComment);
    }
}
