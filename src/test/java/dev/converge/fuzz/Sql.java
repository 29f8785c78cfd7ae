package dev.converge.fuzz;

import dev.converge.model.SqlText;

/** Quoting for generated SQL, through the project's one home of quoting. */
final class Sql {

    private Sql() {
    }

    static String id(String name) {
        return SqlText.identifier(name);
    }

    static String qualified(String schema, String name) {
        return id(schema) + "." + id(name);
    }

    static String literal(String text) {
        return SqlText.literal(text);
    }
}
