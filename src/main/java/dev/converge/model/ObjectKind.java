package dev.converge.model;

/** The kinds of object that dependencies connect (the nodes of the catalog's dependency graph). */
public enum ObjectKind {
    SCHEMA, EXTENSION, TYPE, DOMAIN, SEQUENCE, TABLE, COLUMN, CONSTRAINT, INDEX, VIEW, MATERIALIZED_VIEW,
    FUNCTION, PROCEDURE, TRIGGER, POLICY,
    /** Objects managed by their whole definition ({@link DefinedObject}), one constant per {@link DefinedKind}. */
    STATISTICS,
    COLLATION, CAST, EVENT_TRIGGER,
    TEXT_SEARCH_CONFIGURATION, TEXT_SEARCH_DICTIONARY, TEXT_SEARCH_PARSER, TEXT_SEARCH_TEMPLATE,
    FOREIGN_DATA_WRAPPER, SERVER, USER_MAPPING,
    RULE, OPERATOR, OPERATOR_CLASS, OPERATOR_FAMILY, PUBLICATION
}
