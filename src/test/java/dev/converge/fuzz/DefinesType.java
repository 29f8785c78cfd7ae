package dev.converge.fuzz;

/** The detail of a piece that defines a column type (an enum, a domain, a composite type). */
interface DefinesType {

    ColType type();
}
