package dev.converge.plan;

/**
 * One family of object kinds (tables and columns, views, routines and triggers, security...): the one home of the
 * planning rules of its change kinds, which it declares to {@link ChangeKinds}. The SQL and the ordering facts
 * themselves live in the family's {@code *Sql} and {@code *Facts} classes; the family says which applies to which
 * change. Adding an object kind means its model record, its inspect query, its change records, one family and
 * tests (docs/architecture.md).
 */
interface ChangeFamily {

    void register(ChangeKinds.Registry kinds);
}
