package dev.converge.model;

/** The kinds of object that dependencies connect (the nodes of the catalog's dependency graph). */
public enum ObjectKind {
    SCHEMA, EXTENSION, TYPE, DOMAIN, SEQUENCE, TABLE, COLUMN, CONSTRAINT, INDEX, VIEW, MATERIALIZED_VIEW,
    FUNCTION, PROCEDURE, TRIGGER, POLICY,
    /** Objects managed by their whole definition ({@link DefinedObject}), one constant per {@link DefinedKind}. */
    STATISTICS,
    RULE, OPERATOR, OPERATOR_CLASS, OPERATOR_FAMILY
}
