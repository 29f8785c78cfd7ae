package dev.converge.model;

/**
 * The kinds of object Converge manages by their whole definition ({@link DefinedObject}). Each names the keyword
 * of its DROP and COMMENT ON statements and the {@link ObjectKind} its dependency-graph nodes and privileges use.
 * Adding such a kind: a constant here, its inspect query, its stages in the planner's {@code ObjectFamily}, and
 * tests (docs/architecture.md).
 */
public enum DefinedKind {
    /** Extended statistics ({@code CREATE STATISTICS}). */
    STATISTICS("STATISTICS", "statistics", ObjectKind.STATISTICS),
    /** A trigger on a view ({@code INSTEAD OF} row triggers, statement triggers); a table's are {@link Trigger}s. */
    VIEW_TRIGGER("TRIGGER", "trigger", ObjectKind.TRIGGER),
    /** A rewrite rule ({@code CREATE RULE}) on a table or view; a view's own query is the view. */
    RULE("RULE", "rule", ObjectKind.RULE),
    /**
     * A user-defined aggregate: a function as far as dependencies and privileges go (EXECUTE, granted ON FUNCTION),
     * named by its identity arguments like one.
     */
    AGGREGATE("AGGREGATE", "aggregate", ObjectKind.FUNCTION),
    /** An operator, told from its overloads by its argument types (the member: {@code integer, integer}). */
    OPERATOR("OPERATOR", "operator", ObjectKind.OPERATOR),
    /** An operator class of an index method (the member), with the operators and functions created with it. */
    OPERATOR_CLASS("OPERATOR CLASS", "operator class", ObjectKind.OPERATOR_CLASS),
    /** An operator family of an index method (the member), with the members added to it alone. */
    OPERATOR_FAMILY("OPERATOR FAMILY", "operator family", ObjectKind.OPERATOR_FAMILY);

    private final String keyword;
    private final String label;
    private final ObjectKind objectKind;

    DefinedKind(String keyword, String label, ObjectKind objectKind) {
        this.keyword = keyword;
        this.label = label;
        this.objectKind = objectKind;
    }

    /** The object type keyword of {@code DROP} and {@code COMMENT ON}, e.g. {@code STATISTICS}. */
    public String keyword() {
        return keyword;
    }

    /** The lower-case name in messages and plans, e.g. {@code statistics}. */
    public String label() {
        return label;
    }

    public ObjectKind objectKind() {
        return objectKind;
    }
}
